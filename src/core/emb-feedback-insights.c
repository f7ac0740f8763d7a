/* emb-feedback-insights.c: what customers say about each touchpoint
 *
 * For a touchpoint (or all feedback) and a period:
 * - its figures: NPS, CSAT and CES with their numbers of answers, and its
 *   complaints, from the metrics of emb-metrics.h;
 * - the trend of each score over consecutive periods (emb_metrics_nps_trend()
 *   makes the periods; CSAT and CES are computed over the same ones);
 * - the themes of its complaints: the words that appear in most of them and
 *   their commonest categories.
 *
 * A complaint, for its themes, is feedback of the kind complaint or a score
 * in the low band of its kind: an NPS detractor (0–6), CSAT 1–3, CES 1–4
 * (emb_score_band_get_range()).
 *
 * The words come from the full-text index, never from the texts read into
 * C: the index's vocabulary (fts5vocab, SQLite only) lists every word of
 * every text with the text it is in, so one grouped query over it counts in
 * how many complaints each word appears. Its words are folded by the
 * index's tokenizer (lower case; Latin letters without their accents, but
 * Polish ł; Greek final sigma as σ); the stop words of English, Polish and
 * Greek are folded by the same tokenizer (a small full-text table of the
 * connection's temporary schema), so that they compare equal. A word is
 * then shown as a customer wrote it, taken from one text that has it.
 *
 * Over a million texts the vocabulary holds millions of words, and the
 * count takes seconds: emb_feedback_insights_load_async() reads everything
 * on a worker thread with a connection of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-insights"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-database-private.h"
#include "emb-feedback-insights.h"
#include "emb-feedback-insights-private.h"
#include "emb-feedback-store.h"

/* Figures ---------------------------------------------------------------- */

/**
 * emb_feedback_insights_figures:
 * @touchpoint_id: a touchpoint, or 0 for all feedback (about any touchpoint
 *   or none)
 * @from: (nullable): the first day (YYYY-MM-DD, UTC), or %NULL
 * @to: (nullable): the day after the last, or %NULL
 * @out: (out caller-allocates): the figures
 *
 * Returns: %TRUE on success
 */
gboolean
emb_feedback_insights_figures (EmbDatabase           *db,
                               gint64                 touchpoint_id,
                               const char            *from,
                               const char            *to,
                               EmbTouchpointFigures  *out,
                               GError               **error)
{
  EmbMetricsScope scope = { &touchpoint_id, touchpoint_id > 0 ? 1 : 0, from, to };

  g_return_val_if_fail (EMB_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  out->touchpoint_id = touchpoint_id;
  return emb_metrics_nps (db, &scope, &out->nps, error) &&
         emb_metrics_csat (db, &scope, &out->csat, error) &&
         emb_metrics_ces (db, &scope, &out->ces, error) &&
         emb_metrics_complaints (db, &scope, &out->complaints, error);
}

/* Trends ----------------------------------------------------------------- */

/**
 * emb_feedback_insights_trend:
 * @touchpoint_id: a touchpoint, or 0 for all feedback
 * @score_type: NPS, CSAT or CES
 * @from: the first day (YYYY-MM-DD, UTC)
 * @to: the day after the last
 * @days_per_point: the length of each point's period
 *
 * The score over consecutive periods of @days_per_point days from @from
 * until @to, the periods of emb_metrics_nps_trend(): NPS, CSAT (percent
 * satisfied) or CES (mean answer).
 *
 * Returns: (transfer full) (element-type EmbFeedbackTrendPoint) (nullable):
 *   one point per period; %NULL with the error of emb_metrics_nps_trend()
 */
GArray *
emb_feedback_insights_trend (EmbDatabase   *db,
                             gint64         touchpoint_id,
                             EmbScoreType   score_type,
                             const char    *from,
                             const char    *to,
                             guint          days_per_point,
                             GError       **error)
{
  g_autoptr(GArray) nps = NULL;
  g_autoptr(GArray) points = NULL;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);
  g_return_val_if_fail (score_type == EMB_SCORE_TYPE_NPS || score_type == EMB_SCORE_TYPE_CSAT ||
                        score_type == EMB_SCORE_TYPE_CES, NULL);

  nps = emb_metrics_nps_trend (db, &touchpoint_id, touchpoint_id > 0 ? 1 : 0, from, to,
                               days_per_point, error);
  if (nps == NULL)
    return NULL;

  points = g_array_sized_new (FALSE, TRUE, sizeof (EmbFeedbackTrendPoint), nps->len);
  for (guint i = 0; i < nps->len; i++)
    {
      const EmbNpsPoint *period = &g_array_index (nps, EmbNpsPoint, i);
      EmbFeedbackTrendPoint point = { { 0, }, };
      EmbMetricsScope scope = { &touchpoint_id, touchpoint_id > 0 ? 1 : 0, period->start, NULL };

      /* Each period ends where the next starts, the last at @to. */
      scope.to = i + 1 < nps->len ? g_array_index (nps, EmbNpsPoint, i + 1).start : to;
      memcpy (point.start, period->start, sizeof point.start);

      if (score_type == EMB_SCORE_TYPE_NPS)
        {
          point.valid = period->nps.valid;
          point.value = period->nps.score;
          point.sample = period->nps.total;
        }
      else if (score_type == EMB_SCORE_TYPE_CSAT)
        {
          EmbCsat csat;

          if (!emb_metrics_csat (db, &scope, &csat, error))
            return NULL;
          point.valid = csat.valid;
          point.value = csat.percent;
          point.sample = csat.total;
        }
      else
        {
          EmbCes ces;

          if (!emb_metrics_ces (db, &scope, &ces, error))
            return NULL;
          point.valid = ces.valid;
          point.value = ces.mean;
          point.sample = ces.total;
        }
      g_array_append_val (points, point);
    }

  return g_steal_pointer (&points);
}

/* Themes ----------------------------------------------------------------- */

static void
theme_clear (gpointer data)
{
  EmbFeedbackTheme *theme = data;

  g_clear_pointer (&theme->text, g_free);
}

static GArray *
themes_new (void)
{
  GArray *themes = g_array_new (FALSE, FALSE, sizeof (EmbFeedbackTheme));

  g_array_set_clear_func (themes, theme_clear);
  return themes;
}

/* Appends to @sql the condition of the complaints of a touchpoint (or all,
 * for 0) in a period, over alias f, with the parameters bind_scope() binds. */
static void
append_complaints (GString    *sql,
                   gint64      touchpoint_id,
                   const char *from,
                   const char *to)
{
  g_string_append (sql,
                   "(f.kind = 'complaint'"
                   " OR (f.score_type = 'nps' AND f.score <= :nps_low)"
                   " OR (f.score_type = 'csat' AND f.score <= :csat_low)"
                   " OR (f.score_type = 'ces' AND f.score <= :ces_low))");
  if (touchpoint_id > 0)
    g_string_append (sql, " AND f.touchpoint_id = :touchpoint");
  if (from != NULL)
    g_string_append (sql, " AND f.received_at >= :from");
  if (to != NULL)
    g_string_append (sql, " AND f.received_at < :to");
}

static void
bind_named_int (sqlite3_stmt *stmt,
                const char   *name,
                gint64        value)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    sqlite3_bind_int64 (stmt, index, value);
}

static void
bind_scope (sqlite3_stmt *stmt,
            gint64        touchpoint_id,
            const char   *from,
            const char   *to,
            guint         limit)
{
  static const struct { const char *name; EmbScoreBand band; } lows[] = {
    { ":nps_low", EMB_SCORE_BAND_DETRACTOR },
    { ":csat_low", EMB_SCORE_BAND_CSAT_LOW },
    { ":ces_low", EMB_SCORE_BAND_CES_LOW },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lows); i++)
    {
      int max = 0;

      emb_score_band_get_range (lows[i].band, NULL, NULL, &max);
      bind_named_int (stmt, lows[i].name, max);
    }
  bind_named_int (stmt, ":touchpoint", touchpoint_id);
  bind_named_int (stmt, ":limit", limit);
  if (from != NULL)
    _emb_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":from"), from);
  if (to != NULL)
    _emb_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":to"), to);
}

/* Prepares @sql, with the scope's parameters bound. Not cached: the
 * statement depends on the scope, and themes are read seldom. */
static sqlite3_stmt *
prepare_scoped (EmbDatabase  *db,
                const char   *sql,
                gint64        touchpoint_id,
                const char   *from,
                const char   *to,
                guint         limit,
                GError      **error)
{
  sqlite3 *handle = _emb_database_get_handle (db);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (handle, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      _emb_database_set_error (error, handle, sqlite3_errcode (handle));
      return NULL;
    }
  bind_scope (stmt, touchpoint_id, from, to, limit);
  return stmt;
}

/* SQLite only: the vocabulary of the full-text index and the folded stop
 * words, in the connection's temporary schema (nothing in the file). */
static gboolean
ensure_vocabulary (EmbDatabase  *db,
                   GError      **error)
{
  g_autoptr(EmbStatement) insert = NULL;

  if (_emb_database_count (db, "SELECT count(*) FROM temp.sqlite_schema"
                               " WHERE name = 'emb_feedback_stop_terms'") > 0)
    return TRUE;

  if (!_emb_database_exec (db,
                           "CREATE VIRTUAL TABLE IF NOT EXISTS temp.emb_feedback_terms"
                           " USING fts5vocab (main, feedback_fts, instance);"
                           "CREATE VIRTUAL TABLE IF NOT EXISTS temp.emb_feedback_stop_words"
                           " USING fts5 (words);"
                           "DELETE FROM temp.emb_feedback_stop_words;",
                           error))
    return FALSE;

  insert = _emb_database_prepare (db, "INSERT INTO temp.emb_feedback_stop_words (words)"
                                      " VALUES (?1)", error);
  if (insert == NULL)
    return FALSE;
  for (guint i = 0; _emb_feedback_stop_words[i] != NULL; i++)
    {
      sqlite3_reset (insert);
      _emb_bind_text (insert, 1, _emb_feedback_stop_words[i]);
      if (!_emb_database_step_done (db, insert, error))
        return FALSE;
    }

  return _emb_database_exec (db,
                             "CREATE VIRTUAL TABLE temp.emb_feedback_stop_terms"
                             " USING fts5vocab (temp, emb_feedback_stop_words, row)",
                             error);
}

/* How customers wrote @term: the word of one text that the index folded to
 * it, in lower case; @term itself when no text has it. */
static char *
spelling_of (EmbDatabase *db,
             const char  *term)
{
  g_autoptr(EmbStatement) stmt = NULL;
  g_autofree char *match = emb_feedback_store_match_expression (term);
  const char *marked, *start, *end;

  stmt = _emb_database_prepare (db,
                                "SELECT highlight (feedback_fts, 0, char (1), char (2))"
                                " FROM feedback_fts WHERE feedback_fts MATCH ?1 LIMIT 1",
                                NULL);
  if (stmt == NULL || match == NULL)
    return g_strdup (term);
  _emb_bind_text (stmt, 1, match);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return g_strdup (term);

  marked = (const char *)sqlite3_column_text (stmt, 0);
  start = marked != NULL ? strchr (marked, '\1') : NULL;
  end = start != NULL ? strchr (start, '\2') : NULL;
  if (end == NULL || end == start + 1)
    return g_strdup (term);
  return g_utf8_strdown (start + 1, end - start - 1);
}

/**
 * emb_feedback_insights_words:
 * @touchpoint_id: a touchpoint, or 0 for all feedback
 * @from: (nullable): the first day (YYYY-MM-DD, UTC), or %NULL
 * @to: (nullable): the day after the last, or %NULL
 * @limit: how many words at most
 *
 * The words that appear in the most complaints about the touchpoint in the
 * period, leaving out stop words, words shorter than three letters and
 * numbers; ties in the order of the folded words.
 *
 * Returns: (transfer full) (element-type EmbFeedbackTheme) (nullable): the
 *   words, the commonest first, each with the number of complaints it
 *   appears in; %NULL on error
 */
GArray *
emb_feedback_insights_words (EmbDatabase  *db,
                             gint64        touchpoint_id,
                             const char   *from,
                             const char   *to,
                             guint         limit,
                             GError      **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autoptr(GArray) themes = NULL;
  g_autoptr(GPtrArray) terms = NULL;
  g_autoptr(GArray) counts = NULL;
  sqlite3_stmt *stmt;
  gboolean has_row, ok;

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  if (!ensure_vocabulary (db, error))
    return NULL;

  g_string_append (sql,
                   "SELECT v.term, count (DISTINCT v.doc) AS n FROM temp.emb_feedback_terms v"
                   " WHERE v.doc IN (SELECT f.id FROM feedback f WHERE ");
  append_complaints (sql, touchpoint_id, from, to);
  g_string_append (sql,
                   ") AND length (v.term) >= 3 AND v.term GLOB '*[^0-9]*'"
                   " AND v.term NOT IN (SELECT term FROM temp.emb_feedback_stop_terms)"
                   " GROUP BY v.term ORDER BY n DESC, v.term LIMIT :limit");

  stmt = prepare_scoped (db, sql->str, touchpoint_id, from, to, limit, error);
  if (stmt == NULL)
    return NULL;

  terms = g_ptr_array_new_with_free_func (g_free);
  counts = g_array_new (FALSE, FALSE, sizeof (guint));
  while ((ok = _emb_database_step_row (db, stmt, &has_row, error)) && has_row)
    {
      guint n = (guint)sqlite3_column_int64 (stmt, 1);

      g_ptr_array_add (terms, _emb_column_dup_text (stmt, 0));
      g_array_append_val (counts, n);
    }
  sqlite3_finalize (stmt);
  if (!ok)
    return NULL;

  themes = themes_new ();
  for (guint i = 0; i < terms->len; i++)
    {
      EmbFeedbackTheme theme = { spelling_of (db, terms->pdata[i]), g_array_index (counts, guint, i) };

      g_array_append_val (themes, theme);
    }
  return g_steal_pointer (&themes);
}

/**
 * emb_feedback_insights_categories:
 * @touchpoint_id: a touchpoint, or 0 for all feedback
 * @from: (nullable): the first day (YYYY-MM-DD, UTC), or %NULL
 * @to: (nullable): the day after the last, or %NULL
 * @limit: how many categories at most
 *
 * Returns: (transfer full) (element-type EmbFeedbackTheme) (nullable): the
 *   categories of the complaints about the touchpoint in the period, the
 *   commonest first (then by name), with their numbers of complaints;
 *   complaints without a category are left out; %NULL on error
 */
GArray *
emb_feedback_insights_categories (EmbDatabase  *db,
                                  gint64        touchpoint_id,
                                  const char   *from,
                                  const char   *to,
                                  guint         limit,
                                  GError      **error)
{
  sqlite3_stmt *stmt;
  gboolean has_row, ok;
  g_autoptr(GArray) themes = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  g_string_append (sql, "SELECT f.category, count (*) AS n FROM feedback f WHERE ");
  append_complaints (sql, touchpoint_id, from, to);
  g_string_append (sql, " AND f.category <> '' GROUP BY f.category ORDER BY n DESC, f.category"
                        " LIMIT :limit");

  stmt = prepare_scoped (db, sql->str, touchpoint_id, from, to, limit, error);
  if (stmt == NULL)
    return NULL;

  themes = themes_new ();
  while ((ok = _emb_database_step_row (db, stmt, &has_row, error)) && has_row)
    {
      EmbFeedbackTheme theme = { _emb_column_dup_text (stmt, 0),
                                 (guint)sqlite3_column_int64 (stmt, 1) };

      g_array_append_val (themes, theme);
    }
  sqlite3_finalize (stmt);
  if (!ok)
    return NULL;
  return g_steal_pointer (&themes);
}

/* Everything at once ----------------------------------------------------- */

/* How many words and categories the insights show. */
#define N_THEMES 10

void
emb_feedback_insights_free (EmbFeedbackInsights *insights)
{
  if (insights == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (insights->trends); i++)
    g_clear_pointer (&insights->trends[i], g_array_unref);
  g_clear_pointer (&insights->words, g_array_unref);
  g_clear_pointer (&insights->categories, g_array_unref);
  g_free (insights);
}

/**
 * emb_feedback_insights_load:
 * @touchpoint_id: a touchpoint, or 0 for all feedback
 * @from: the first day (YYYY-MM-DD, UTC)
 * @to: the day after the last
 * @days_per_point: the length of each trend point's period
 *
 * Reads the figures, the trends and the themes of the touchpoint's
 * feedback in the period, the ten commonest words and categories.
 *
 * Returns: (transfer full) (nullable): the insights, or %NULL on error
 */
EmbFeedbackInsights *
emb_feedback_insights_load (EmbDatabase  *db,
                            gint64        touchpoint_id,
                            const char   *from,
                            const char   *to,
                            guint         days_per_point,
                            GError      **error)
{
  g_autoptr(EmbFeedbackInsights) insights = g_new0 (EmbFeedbackInsights, 1);

  g_return_val_if_fail (EMB_IS_DATABASE (db), NULL);

  if (!emb_feedback_insights_figures (db, touchpoint_id, from, to, &insights->figures, error))
    return NULL;
  for (EmbScoreType type = EMB_SCORE_TYPE_NPS; type <= EMB_SCORE_TYPE_CES; type++)
    {
      insights->trends[type] = emb_feedback_insights_trend (db, touchpoint_id, type, from, to,
                                                            days_per_point, error);
      if (insights->trends[type] == NULL)
        return NULL;
    }
  insights->words = emb_feedback_insights_words (db, touchpoint_id, from, to, N_THEMES, error);
  if (insights->words == NULL)
    return NULL;
  insights->categories = emb_feedback_insights_categories (db, touchpoint_id, from, to,
                                                           N_THEMES, error);
  if (insights->categories == NULL)
    return NULL;
  return g_steal_pointer (&insights);
}

typedef struct
{
  char   *db_path;
  gint64  touchpoint_id;
  char   *from;
  char   *to;
  guint   days_per_point;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *d = data;

  g_free (d->db_path);
  g_free (d->from);
  g_free (d->to);
  g_free (d);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *d = task_data;
  g_autoptr(EmbDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  EmbFeedbackInsights *insights = NULL;

  /* A connection of its own: a sqlite3* never crosses threads. */
  db = emb_database_open (d->db_path, &error);
  if (db == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_task_return_error_if_cancelled (task))
    return;

  insights = emb_feedback_insights_load (db, d->touchpoint_id, d->from, d->to,
                                         d->days_per_point, &error);
  if (insights == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, insights, (GDestroyNotify)emb_feedback_insights_free);
}

/**
 * emb_feedback_insights_load_async:
 *
 * Runs emb_feedback_insights_load() on a worker thread with a connection of
 * its own to @db's file.
 */
void
emb_feedback_insights_load_async (EmbDatabase         *db,
                                  gint64               touchpoint_id,
                                  const char          *from,
                                  const char          *to,
                                  guint                days_per_point,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *d;

  g_return_if_fail (EMB_IS_DATABASE (db));

  d = g_new0 (LoadData, 1);
  d->db_path = g_strdup (emb_database_get_path (db));
  d->touchpoint_id = touchpoint_id;
  d->from = g_strdup (from);
  d->to = g_strdup (to);
  d->days_per_point = days_per_point;

  task = g_task_new (db, cancellable, callback, user_data);
  g_task_set_source_tag (task, emb_feedback_insights_load_async);
  g_task_set_task_data (task, d, load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * emb_feedback_insights_load_finish:
 *
 * Returns: (transfer full) (nullable): the insights, or %NULL on error
 *   (%G_IO_ERROR_CANCELLED when cancelled)
 */
EmbFeedbackInsights *
emb_feedback_insights_load_finish (EmbDatabase   *db,
                                   GAsyncResult  *result,
                                   GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, db), NULL);
  g_return_val_if_fail (g_async_result_is_tagged (result, emb_feedback_insights_load_async), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
