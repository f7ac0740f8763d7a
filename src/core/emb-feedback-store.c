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

/**
 * emb_score_band_get_range:
 * @score_type: (out) (optional): the kind of score of the band
 * @min: (out) (optional): its lowest answer
 * @max: (out) (optional): its highest answer
 *
 * Returns: %FALSE when @band is no band
 */
gboolean
emb_score_band_get_range (EmbScoreBand  band,
                          EmbScoreType *score_type,
                          int          *min,
                          int          *max)
{
  static const struct { EmbScoreType type; int min, max; } bands[] = {
    [EMB_SCORE_BAND_DETRACTOR] = { EMB_SCORE_TYPE_NPS, 0, 6 },
    [EMB_SCORE_BAND_PASSIVE] = { EMB_SCORE_TYPE_NPS, 7, 8 },
    [EMB_SCORE_BAND_PROMOTER] = { EMB_SCORE_TYPE_NPS, 9, 10 },
    [EMB_SCORE_BAND_CSAT_LOW] = { EMB_SCORE_TYPE_CSAT, 1, 3 },
    [EMB_SCORE_BAND_CSAT_HIGH] = { EMB_SCORE_TYPE_CSAT, 4, 5 },
    [EMB_SCORE_BAND_CES_LOW] = { EMB_SCORE_TYPE_CES, 1, 4 },
    [EMB_SCORE_BAND_CES_HIGH] = { EMB_SCORE_TYPE_CES, 5, 7 },
  };

  if ((int)band < 0 || band >= G_N_ELEMENTS (bands))
    return FALSE;
  if (score_type != NULL)
    *score_type = bands[band].type;
  if (min != NULL)
    *min = bands[band].min;
  if (max != NULL)
    *max = bands[band].max;
  return TRUE;
}

static void
add_score_band (GPtrArray  *params,
                GString    *where,
                int         band)
{
  EmbScoreType type;
  int min, max;

  if (!emb_score_band_get_range (band, &type, &min, &max))
    {
      g_string_append (where, " AND 0");
      return;
    }
  _emb_query_params_where_nick (params, where, "t.score_type", EMB_TYPE_SCORE_TYPE, type);
  _emb_query_params_add (params, g_variant_new_int32 (min));
  g_string_append_printf (where, " AND t.score BETWEEN ?%u", params->len);
  _emb_query_params_add (params, g_variant_new_int32 (max));
  g_string_append_printf (where, " AND ?%u", params->len);
}

/* Feedback that reaches an employee: about a touchpoint the employee's role
 * (or, for the department, any role of the employee's department) is
 * responsible for, or owned by the employee. The unary + keep the list's
 * index in charge (see feedback_params()). */
static void
add_responsible (GPtrArray  *params,
                 GString    *where,
                 gint64      employee_id,
                 gboolean    department)
{
  guint n = _emb_query_params_add (params, g_variant_new_int64 (employee_id));

  if (department)
    g_string_append_printf (where,
                            " AND (+t.touchpoint_id IN (SELECT r.touchpoint_id"
                            " FROM responsibility r JOIN role o ON o.id = r.role_id"
                            " JOIN employee e ON e.department_id = o.department_id"
                            " WHERE e.id = ?%u) OR +t.assignee_id = ?%u)",
                            n, n);
  else
    g_string_append_printf (where,
                            " AND (+t.touchpoint_id IN (SELECT r.touchpoint_id"
                            " FROM responsibility r JOIN employee e ON e.role_id = r.role_id"
                            " WHERE e.id = ?%u) OR +t.assignee_id = ?%u)",
                            n, n);
}

/* The condition of @filter over alias t, for reading the list in order.
 * Where a filter names a set of touchpoints (a stage, the touchpoints of a
 * role), a unary + keeps SQLite from reading the matches of each touchpoint
 * from their index and sorting them all for every page: the list reads its
 * sort index in order and skips the rest. Counting has no order, so its
 * condition is the same without the + (feedback_count_where()). */
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

  if (filter->score_band >= 0)
    add_score_band (params, where, filter->score_band);

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

  if (filter->stage_id > 0)
    g_string_append_printf (where,
                            " AND +t.touchpoint_id IN (SELECT s.id FROM touchpoint s"
                            " WHERE s.stage_id = ?%u)",
                            _emb_query_params_add (params, g_variant_new_int64 (filter->stage_id)));

  if (filter->follow_up >= 0)
    _emb_query_params_where_nick (params, where, "t.follow_up",
                                  EMB_TYPE_FOLLOW_UP, filter->follow_up);

  if (filter->triage >= 0)
    g_string_append (where, filter->triage > 0 ? " AND t.triage = 1" : " AND t.triage = 0");

  if (filter->category != NULL)
    _emb_query_params_where (params, where, "t.category", g_variant_new_string (filter->category));

  if (filter->responsible_id > 0)
    add_responsible (params, where, filter->responsible_id, filter->responsible_department);

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

/* The count of the rows of @where (from feedback_params()), with every
 * unary + taken away: a count reads the matches of each touchpoint from
 * their index, in no order. */
static char *
feedback_count_sql (const char *where)
{
  g_auto(GStrv) parts = g_strsplit (where, "+t.", -1);
  g_autofree char *plain = g_strjoinv ("t.", parts);

  return g_strdup_printf ("SELECT count(*) FROM feedback t WHERE %s", plain);
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
      (filter->to != NULL && *filter->to != '\0') ||
      filter->stage_id > 0 || filter->score_band >= 0 || filter->triage >= 0 ||
      filter->category != NULL || filter->responsible_id > 0)
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
 *   it was received (oldest first, or newest first as @filter says), that
 *   follows changes to feedback, touchpoints, employees and
 *   responsibilities
 */
GListModel *
emb_feedback_store_query (EmbDatabase             *db,
                          const EmbFeedbackFilter *filter)
{
  static const EmbRecordKind kinds[] = {
    EMB_RECORD_KIND_TOUCHPOINT, EMB_RECORD_KIND_EMPLOYEE, EMB_RECORD_KIND_RESPONSIBILITY,
    EMB_RECORD_KIND_ANY
  };
  const EmbFeedbackFilter all_feedback = EMB_FEEDBACK_FILTER_INIT;
  g_autoptr(GString) where = g_string_new (NULL);
  g_autoptr(GPtrArray) params = NULL;
  g_autofree char *count_sql = NULL;
  const char *search_count;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (filter == NULL || filter->n_touchpoint_ids == 0 ||
                        filter->touchpoint_ids != NULL, NULL);

  if (filter == NULL)
    filter = &all_feedback;
  params = feedback_params (db, filter, where);
  search_count = search_count_sql (filter);
  if (search_count == NULL)
    count_sql = feedback_count_sql (where->str);
  /* The few items waiting for triage are read from their partial index and
   * sorted: the unary + keeps SQLite from reading the whole list's index in
   * order instead, looking up every row to find them. */
  return G_LIST_MODEL (_emb_query_model_new_full (db, &emb_table_feedback, where->str, params,
                                                  filter->triage > 0 ? "+t.received_at"
                                                                     : "t.received_at",
                                                  filter->newest_first, kinds,
                                                  search_count != NULL ? search_count : count_sql));
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

/* The ids of one arm of the praise: ?1 ≤ received_at ≤ ?2, with text,
 * about a touchpoint, the newest first (at most ?3), read back along the
 * index of its kind or score. */
#define PRAISE_ARM(condition) \
  "SELECT id FROM (SELECT f.id FROM feedback f WHERE " condition \
  " AND f.received_at >= ?1 AND f.received_at <= ?2" \
  " AND f.touchpoint_id IS NOT NULL AND trim (f.text) <> ''" \
  " ORDER BY f.received_at DESC LIMIT ?3)"

/**
 * emb_feedback_store_list_praise:
 * @since: the earliest to list, an ISO-8601 time
 * @until: the latest to list, an ISO-8601 time
 * @limit: the most to list
 *
 * What customers said in praise of one of the organisation's touchpoints:
 * feedback of the kind praise, and promoters' answers (NPS 9–10), with a
 * text, received between @since and @until, the most recent first. The
 * records hold the text as the customer wrote it, customer reference
 * included: clear it before showing it to anyone (emb_kiosk_redact()).
 *
 * Returns: (transfer full): a #GListModel of #EmbFeedback, or %NULL with
 *   @error
 */
GListModel *
emb_feedback_store_list_praise (EmbDatabase  *db,
                                const char   *since,
                                const char   *until,
                                guint         limit,
                                GError      **error)
{
  static const char *sql;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (since != NULL && until != NULL, NULL);

  if (g_once_init_enter (&sql))
    g_once_init_leave (&sql, g_strdup_printf ("%s WHERE t.id IN ("
                                              PRAISE_ARM ("f.kind = 'praise'")
                                              " UNION "
                                              PRAISE_ARM ("f.score_type = 'nps' AND f.score >= 9")
                                              ") ORDER BY t.received_at DESC, t.id DESC LIMIT ?3",
                                              _emb_table_select_sql (&emb_table_feedback)));

  from = period_bound (since);
  to = period_bound (until);
  return G_LIST_MODEL (_emb_table_list_period (db, &emb_table_feedback, sql, from, to, limit,
                                               error));
}
