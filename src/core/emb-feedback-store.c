/* emb-feedback-store.c: customer feedback and its follow-up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-feedback-store.h"
#include "emb-feedback-store-private.h"
#include "emb-query-model-private.h"
#include "emb-tables.h"
#include "emb-validate-private.h"

/* Timestamps ------------------------------------------------------------- */

/* Every stored time has the one form of emb_now_iso8601(), in UTC, so that
 * comparing the text compares the times. */
static char *
normalise_timestamp (const char *value)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GDateTime) in_utc = NULL;
  g_autofree char *base = NULL;

  if (value == NULL)
    return NULL;

  dt = g_date_time_new_from_iso8601 (value, utc);
  if (dt == NULL)
    return NULL;
  in_utc = g_date_time_to_utc (dt);
  base = g_date_time_format (in_utc, "%Y-%m-%dT%H:%M:%S");
  return g_strdup_printf ("%s.%03dZ", base, g_date_time_get_microsecond (in_utc) / 1000);
}

/* A bound of a period: a date (YYYY-MM-DD, which sorts before every time of
 * that day) is used as it is, a time is brought to the stored form. */
static char *
period_bound (const char *value)
{
  char *normalised;

  if (strlen (value) == 10)
    return g_strdup (value);
  normalised = normalise_timestamp (value);
  return normalised != NULL ? normalised : g_strdup (value);
}

/* Single records --------------------------------------------------------- */

EmbFeedback *
emb_feedback_store_get (EmbDatabase  *db,
                        gint64        id,
                        GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  return _emb_table_get (db, &emb_table_feedback, id, error);
}

static gboolean
validate_enum (GType        type,
               int          value,
               const char  *field,
               const char  *label,
               GError     **error)
{
  if (emb_enum_to_nick (type, value) == NULL)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, field,
                                _("“%s” has an unknown value."), label);
      return FALSE;
    }
  return TRUE;
}

static gboolean
validate_score (EmbScoreType   score_type,
                int            score,
                GError       **error)
{
  const char *label = NULL;
  int min = 0;
  int max = 0;

  switch (score_type)
    {
    case EMB_SCORE_TYPE_NONE:
      if (score >= 0)
        {
          emb_set_validation_error (error, EMB_VALIDATION_ERROR_INVALID, "score",
                                    _("A score needs a score type: choose NPS, CSAT or CES."));
          return FALSE;
        }
      return TRUE;

    case EMB_SCORE_TYPE_NPS:
      label = _("NPS score");
      min = 0;
      max = 10;
      break;

    case EMB_SCORE_TYPE_CSAT:
      label = _("CSAT score");
      min = 1;
      max = 5;
      break;

    case EMB_SCORE_TYPE_CES:
      label = _("CES score");
      min = 1;
      max = 7;
      break;

    default:
      g_assert_not_reached ();
    }

  if (score == -1)
    {
      emb_set_validation_error (error, EMB_VALIDATION_ERROR_REQUIRED, "score",
                                _("“%s” must be given."), label);
      return FALSE;
    }

  return _emb_validate_int_range (score, min, max, "score", label, error);
}

static gboolean
validate_feedback (EmbDatabase  *db,
                   EmbFeedback  *feedback,
                   GError      **error)
{
  EmbFollowUp follow_up = emb_feedback_get_follow_up (feedback);
  gint64 assignee_id = emb_feedback_get_assignee_id (feedback);

  if (!_emb_validate_timestamp (emb_feedback_get_received_at (feedback), TRUE,
                                "received-at", _("Received"), error) ||
      !validate_enum (EMB_TYPE_FEEDBACK_KIND, emb_feedback_get_kind (feedback),
                      "kind", _("Kind"), error) ||
      !validate_enum (EMB_TYPE_SCORE_TYPE, emb_feedback_get_score_type (feedback),
                      "score-type", _("Score type"), error) ||
      !validate_score (emb_feedback_get_score_type (feedback),
                       emb_feedback_get_score (feedback), error) ||
      !_emb_validate_text (emb_feedback_get_channel (feedback), FALSE, EMB_MAX_SHORT,
                           "channel", _("Channel"), error) ||
      !_emb_validate_reference (db, &emb_table_touchpoint,
                                emb_feedback_get_touchpoint_id (feedback), FALSE,
                                "touchpoint", _("Touchpoint"), error) ||
      !_emb_validate_text (emb_feedback_get_text (feedback), FALSE, EMB_MAX_TEXT,
                           "text", _("Text"), error) ||
      !_emb_validate_text (emb_feedback_get_customer_ref (feedback), FALSE, EMB_MAX_SHORT,
                           "customer-ref", _("Customer reference"), error) ||
      !_emb_validate_text (emb_feedback_get_source (feedback), FALSE, EMB_MAX_SHORT,
                           "source", _("Source"), error) ||
      !validate_enum (EMB_TYPE_FOLLOW_UP, follow_up, "follow-up", _("Follow-up"), error) ||
      !_emb_validate_reference (db, &emb_table_employee, assignee_id,
                                follow_up == EMB_FOLLOW_UP_IN_PROGRESS,
                                "assignee", _("Assignee"), error))
    return FALSE;

  return TRUE;
}

/**
 * emb_feedback_store_save:
 * @feedback: the feedback to add (id 0) or update
 *
 * Validates and saves @feedback. The time it was received is stored in UTC,
 * in the form of emb_now_iso8601(), and @feedback is updated to match.
 *
 * Returns: %TRUE on success; otherwise @error names the field at fault
 */
gboolean
emb_feedback_store_save (EmbDatabase  *db,
                         EmbFeedback  *feedback,
                         GError      **error)
{
  g_autofree char *received_at = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (EMB_IS_FEEDBACK (feedback), FALSE);

  if (!validate_feedback (db, feedback, error))
    return FALSE;

  received_at = normalise_timestamp (emb_feedback_get_received_at (feedback));
  g_assert (received_at != NULL);
  emb_feedback_set_received_at (feedback, received_at);

  return _emb_table_save (db, &emb_table_feedback, EMB_RECORD (feedback), error);
}

gboolean
emb_feedback_store_delete (EmbDatabase  *db,
                           gint64        id,
                           GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  /* Nominations that cite the feedback keep their story and lose the link
   * (ON DELETE SET NULL). */
  return _emb_table_delete (db, &emb_table_feedback, id, error);
}

/* Follow-up -------------------------------------------------------------- */

/* After a conditional UPDATE changed no row: either the feedback is gone or
 * it was not in a state the transition starts from. */
static gboolean
transition_refused (EmbDatabase  *db,
                    gint64        id,
                    const char   *message,
                    GError      **error)
{
  g_autoptr(EmbFeedback) feedback = _emb_table_get (db, &emb_table_feedback, id, error);

  if (feedback == NULL)
    return FALSE;

  emb_set_validation_error (error, EMB_VALIDATION_ERROR_STATE, "follow-up", "%s", message);
  return FALSE;
}

/* Runs @sql, an UPDATE of feedback @id (?1) at this time (?2) that changes
 * only a row in a state the transition starts from; @assignee_id is ?3 when
 * @sql has it. @refused_message says why when no row changed. */
static gboolean
transition (EmbDatabase  *db,
            gint64        id,
            const char   *sql,
            gint64        assignee_id,
            const char   *refused_message,
            GError      **error)
{
  g_autoptr(EmbStatement) stmt = _emb_database_prepare_id (db, sql, id, error);
  g_autofree char *now = emb_now_iso8601 ();

  if (stmt == NULL)
    return FALSE;
  _emb_bind_text (stmt, 2, now);
  if (sqlite3_bind_parameter_count (stmt) >= 3)
    sqlite3_bind_int64 (stmt, 3, assignee_id);
  if (!_emb_database_step_done (db, stmt, error))
    return FALSE;

  if (sqlite3_changes (_emb_database_get_handle (db)) == 0)
    return transition_refused (db, id, refused_message, error);

  _emb_database_defer_changed (db, EMB_RECORD_KIND_FEEDBACK, EMB_CHANGE_UPDATED, id);
  return TRUE;
}

/**
 * emb_feedback_store_assign:
 * @employee_id: the employee who follows the feedback up
 *
 * Gives open feedback to @employee_id, its owner (status “in progress”).
 * Closed feedback must be reopened first.
 *
 * Returns: %TRUE on success
 */
gboolean
emb_feedback_store_assign (EmbDatabase  *db,
                           gint64        id,
                           gint64        employee_id,
                           GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  if (!_emb_validate_reference (db, &emb_table_employee, employee_id, TRUE,
                                "assignee", _("Assignee"), error))
    return FALSE;

  return transition (db, id,
                     "UPDATE feedback SET follow_up = 'in-progress', assignee_id = ?3,"
                     " updated_at = ?2"
                     " WHERE id = ?1 AND follow_up <> 'closed'",
                     employee_id,
                     _("The feedback is closed; reopen it before assigning it."),
                     error);
}

/**
 * emb_feedback_store_resolve:
 *
 * Closes open feedback; the owner, if any, stays on record as the one who
 * closed it.
 *
 * Returns: %TRUE on success
 */
gboolean
emb_feedback_store_resolve (EmbDatabase  *db,
                            gint64        id,
                            GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return transition (db, id,
                     "UPDATE feedback SET follow_up = 'closed', updated_at = ?2"
                     " WHERE id = ?1 AND follow_up <> 'closed'",
                     0, _("The feedback is already closed."), error);
}

/**
 * emb_feedback_store_reopen:
 *
 * Makes closed feedback new again, with no owner.
 *
 * Returns: %TRUE on success
 */
gboolean
emb_feedback_store_reopen (EmbDatabase  *db,
                           gint64        id,
                           GError      **error)
{
  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);

  return transition (db, id,
                     "UPDATE feedback SET follow_up = 'new', assignee_id = NULL,"
                     " updated_at = ?2"
                     " WHERE id = ?1 AND follow_up = 'closed'",
                     0, _("Only closed feedback can be reopened."), error);
}

/* Lists ------------------------------------------------------------------ */

/**
 * emb_feedback_store_match_expression:
 * @search: words a person typed
 *
 * Turns @search into an FTS5 query in which every word is a quoted phrase
 * (double quotes doubled), so that nothing typed is taken as search syntax:
 * `"a" OR b*` becomes `"""a""" "OR" "b*"`, three words that must all appear.
 *
 * Returns: (transfer full) (nullable): the MATCH expression, or %NULL when
 *   @search holds no word
 */
char *
emb_feedback_store_match_expression (const char *search)
{
  g_autoptr(GString) expr = g_string_new (NULL);
  const char *p;

  if (search == NULL || !g_utf8_validate (search, -1, NULL))
    return NULL;

  p = search;
  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (*p == '\0')
        break;

      start = p;
      while (*p != '\0' && !g_unichar_isspace (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);

      if (expr->len > 0)
        g_string_append_c (expr, ' ');
      g_string_append_c (expr, '"');
      for (const char *q = start; q < p; q++)
        {
          if (*q == '"')
            g_string_append_c (expr, '"');
          g_string_append_c (expr, *q);
        }
      g_string_append_c (expr, '"');
    }

  if (expr->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&expr), FALSE);
}

/* How many texts match @match, counted up to @limit. */
static guint
count_matches (EmbDatabase *db,
               const char  *match,
               guint        limit)
{
  g_autoptr(EmbStatement) stmt = NULL;

  stmt = _emb_database_prepare (db,
                                "SELECT count(*) FROM (SELECT 1 FROM feedback_fts"
                                " WHERE feedback_fts MATCH ?1 LIMIT ?2)",
                                NULL);
  if (stmt == NULL)
    return 0;
  _emb_bind_text (stmt, 1, match);
  sqlite3_bind_int64 (stmt, 2, limit);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return (guint)sqlite3_column_int64 (stmt, 0);
}

/* The list is in the order of received_at, and SQLite only: the texts are
 * indexed with FTS5, whose matches come in rowid order. How the first page
 * of matches is found best depends on how many there are:
 * - a few: read them all from the text index and sort them;
 * - many: read the list's index in order, keeping the rows whose id is in
 *   the set of matches (built once; the unary + stops SQLite from driving
 *   the query from the matches);
 * - most rows: read the list's index in order and look each row up in the
 *   text index; building the set would cost more than a page of lookups. */
#define FEW_MATCHES  5000
#define MOST_MATCHES 100000

static guint few_matches = FEW_MATCHES;
static guint most_matches = MOST_MATCHES;

void
_emb_feedback_store_set_match_plans (guint few,
                                     guint most)
{
  few_matches = few > 0 ? few : FEW_MATCHES;
  most_matches = most > 0 ? most : MOST_MATCHES;
}

static void
add_search (EmbDatabase *db,
            GPtrArray   *params,
            GString     *where,
            char        *match)
{
  guint n = count_matches (db, match, most_matches);

  _emb_query_params_add (params, g_variant_new_take_string (match));
  if (n < few_matches)
    g_string_append_printf (where,
                            " AND t.id IN (SELECT rowid FROM feedback_fts"
                            " WHERE feedback_fts MATCH ?%u)",
                            params->len);
  else if (n < most_matches)
    g_string_append_printf (where,
                            " AND +t.id IN (SELECT rowid FROM feedback_fts"
                            " WHERE feedback_fts MATCH ?%u)",
                            params->len);
  else
    g_string_append_printf (where,
                            " AND EXISTS (SELECT 1 FROM feedback_fts"
                            " WHERE feedback_fts MATCH ?%u AND rowid = t.id)",
                            params->len);
}

static GPtrArray *
feedback_params (EmbDatabase             *db,
                 const EmbFeedbackFilter *filter,
                 GString                 *where)
{
  GPtrArray *params = _emb_query_params_new (where);

  if (filter->kind >= 0)
    _emb_query_params_where_nick (params, where, "t.kind", EMB_TYPE_FEEDBACK_KIND, filter->kind);

  if (filter->score_type >= 0)
    _emb_query_params_where_nick (params, where, "t.score_type",
                                  EMB_TYPE_SCORE_TYPE, filter->score_type);

  if (filter->touchpoint_id > 0)
    _emb_query_params_where (params, where, "t.touchpoint_id",
                             g_variant_new_int64 (filter->touchpoint_id));

  if (filter->touchpoint_ids != NULL)
    {
      /* One placeholder per touchpoint; the values are bound. */
      if (filter->n_touchpoint_ids == 0)
        g_string_append (where, " AND 0");
      else
        {
          g_string_append (where, " AND t.touchpoint_id IN (");
          for (guint i = 0; i < filter->n_touchpoint_ids; i++)
            {
              _emb_query_params_add (params, g_variant_new_int64 (filter->touchpoint_ids[i]));
              g_string_append_printf (where, "%s?%u", i > 0 ? ", " : "", params->len);
            }
          g_string_append_c (where, ')');
        }
    }

  if (filter->follow_up >= 0)
    _emb_query_params_where_nick (params, where, "t.follow_up",
                                  EMB_TYPE_FOLLOW_UP, filter->follow_up);

  if (filter->from != NULL && *filter->from != '\0' && g_utf8_validate (filter->from, -1, NULL))
    {
      _emb_query_params_add (params, g_variant_new_take_string (period_bound (filter->from)));
      g_string_append_printf (where, " AND t.received_at >= ?%u", params->len);
    }

  if (filter->to != NULL && *filter->to != '\0' && g_utf8_validate (filter->to, -1, NULL))
    {
      _emb_query_params_add (params, g_variant_new_take_string (period_bound (filter->to)));
      g_string_append_printf (where, " AND t.received_at < ?%u", params->len);
    }

  if (filter->search != NULL)
    {
      char *match = emb_feedback_store_match_expression (filter->search);

      /* Full-text search through the FTS5 table feedback_fts, which
       * triggers keep in step with feedback (see the schema). */
      if (match != NULL)
        add_search (db, params, where, match);
    }

  return params;
}

/* A search and nothing else is counted by the text index alone, without a
 * look at feedback; its match expression is then the only parameter. */
static const char *
search_count_sql (const EmbFeedbackFilter *filter)
{
  g_autofree char *match = NULL;

  if (filter == NULL || filter->kind >= 0 || filter->score_type >= 0 ||
      filter->touchpoint_id > 0 || filter->touchpoint_ids != NULL || filter->follow_up >= 0 ||
      (filter->from != NULL && *filter->from != '\0') ||
      (filter->to != NULL && *filter->to != '\0'))
    return NULL;

  match = emb_feedback_store_match_expression (filter->search);
  if (match == NULL)
    return NULL;
  return "SELECT count(*) FROM feedback_fts WHERE feedback_fts MATCH ?1";
}

/**
 * emb_feedback_store_query:
 * @filter: (nullable): what to show, or %NULL for all feedback
 *
 * Returns: (transfer full): a lazy #GListModel of #EmbFeedback, by the time
 *   it was received (oldest first), that follows changes to feedback,
 *   touchpoints and employees
 */
GListModel *
emb_feedback_store_query (EmbDatabase             *db,
                          const EmbFeedbackFilter *filter)
{
  static const EmbRecordKind kinds[] = {
    EMB_RECORD_KIND_TOUCHPOINT, EMB_RECORD_KIND_EMPLOYEE, EMB_RECORD_KIND_ANY
  };
  const EmbFeedbackFilter all_feedback = EMB_FEEDBACK_FILTER_INIT;
  g_autoptr(GString) where = g_string_new (NULL);
  g_autoptr(GPtrArray) params = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (filter == NULL || filter->n_touchpoint_ids == 0 ||
                        filter->touchpoint_ids != NULL, NULL);

  params = feedback_params (db, filter != NULL ? filter : &all_feedback, where);
  return G_LIST_MODEL (_emb_query_model_new_counted (db, &emb_table_feedback, where->str, params,
                                                     "t.received_at", kinds,
                                                     search_count_sql (filter)));
}

/**
 * emb_feedback_store_count_since:
 * @since: a date (YYYY-MM-DD) or an ISO-8601 time
 *
 * Returns: how much feedback was received at or after @since, such as
 *   “feedback this month” from the first of the month
 */
gint64
emb_feedback_store_count_since (EmbDatabase *db,
                                const char  *since)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autofree char *bound = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), 0);
  g_return_val_if_fail (since != NULL, 0);

  bound = period_bound (since);
  stmt = _emb_database_prepare (db, "SELECT count(*) FROM feedback WHERE received_at >= ?1",
                                &error);
  if (stmt == NULL)
    {
      g_warning ("Cannot count feedback: %s", error->message);
      return 0;
    }
  _emb_bind_text (stmt, 1, bound);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}
