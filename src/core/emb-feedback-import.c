/* emb-feedback-import.c: customer feedback from a survey export, a
 * complaint log or a social-media export
 *
 * The mapper of a feedback file: each row that says anything adds a
 * feedback item. The scale of the score column is told by the mapping, a
 * score-type column, the header or, after the checking pass, by the values
 * of the whole column. The rules are in emb-csv-import.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-csv-private.h"
#include "emb-feedback-store-private.h"
#include "emb-validate-private.h"

typedef struct
{
  EmbCsvMapper       parent;
  GHashTable        *mapping;            /* the options' mapping, for "touchpoint:" keys */
  GHashTable        *touchpoints;        /* folded name → id; NULL without database */
  GHashTable        *touchpoint_values;  /* folded value → id, or 0 for none */
  char              *source;             /* the file's name, for rows without a source */
  EmbScoreType       score_type;         /* of the score column; NONE: told by its values */
  int                score_min;          /* of the scores whose scale the values tell */
  int                score_max;
  EmbFeedbackWriter *writer;             /* in the writing pass */
} FeedbackImport;

/* What the database holds -------------------------------------------------- */

static void
load_touchpoint (gpointer    data,
                 gint64      id,
                 const char *name)
{
  FeedbackImport *feedback = data;
  char *key = _emb_csv_fold_key (name);

  if (g_hash_table_contains (feedback->touchpoints, key))
    g_free (key);
  else
    g_hash_table_insert (feedback->touchpoints, key, g_memdup2 (&id, sizeof id));
}

static gboolean
feedback_load (EmbCsvMapper  *mapper,
               GError       **error)
{
  FeedbackImport *feedback = (FeedbackImport *)mapper;
  g_autoptr(GPtrArray) keys = NULL;

  feedback->touchpoints = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!_emb_feedback_store_read_touchpoints (mapper->db, load_touchpoint, feedback, error))
    return FALSE;

  /* "touchpoint:<value>" → touchpoint name */
  keys = _emb_csv_mapping_keys (feedback->mapping);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      const char *name = g_hash_table_lookup (feedback->mapping, key);
      g_autofree char *name_key = NULL;
      gint64 *id;

      if (!g_str_has_prefix (key, "touchpoint:"))
        continue;

      if (name == NULL || *name == '\0')
        {
          g_hash_table_replace (feedback->touchpoint_values,
                                _emb_csv_fold_key (key + strlen ("touchpoint:")),
                                g_new0 (gint64, 1));
          continue;
        }

      name_key = _emb_csv_fold_key (name);
      id = g_hash_table_lookup (feedback->touchpoints, name_key);
      if (id == NULL)
        {
          _emb_csv_add_problem (mapper->problems, 0, key,
                                _("The column mapping names the touchpoint “%s”, which does "
                                  "not exist."),
                                name);
          continue;
        }
      g_hash_table_replace (feedback->touchpoint_values,
                            _emb_csv_fold_key (key + strlen ("touchpoint:")),
                            g_memdup2 (id, sizeof *id));
    }
  return TRUE;
}

/* Rows -------------------------------------------------------------------- */

static gboolean
feedback_row (EmbCsvMapper  *mapper,
              guint          line,
              char         **values,
              GError       **error)
{
  FeedbackImport *feedback = (FeedbackImport *)mapper;
  int kind_column = mapper->columns->column_of[EMB_CSV_FIELD_KIND];
  const char *received = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_RECEIVED_AT);
  const char *score_text = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_SCORE);
  const char *type_text = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_SCORE_TYPE);
  const char *text = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_TEXT);
  const char *kind_text = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_KIND);
  const char *channel = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_CHANNEL);
  const char *touchpoint = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_TOUCHPOINT);
  const char *customer = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_CUSTOMER_REF);
  const char *source = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_SOURCE);
  EmbScoreType type = feedback->score_type;
  gboolean typed = FALSE;
  char timestamp[32];
  int score = -1;
  int kind = -1;
  gint64 touchpoint_id = 0;
  gboolean ok = TRUE;

  /* Nothing said: a row of a survey export that was left unanswered (a
   * default kind does not make it feedback). */
  if (score_text == NULL && text == NULL &&
      (kind_column < 0 || *values[kind_column] == '\0'))
    {
      mapper->skipped++;
      return TRUE;
    }

  if (received == NULL)
    {
      _emb_csv_mapper_problem (mapper, line, EMB_CSV_FIELD_RECEIVED_AT,
                               _("The date the feedback was received is missing."));
      ok = FALSE;
    }
  else
    {
      EmbCsvDateTime dt;

      if (_emb_csv_mapper_read_date (mapper, line, EMB_CSV_FIELD_RECEIVED_AT, received, &dt))
        _emb_csv_format_timestamp (&dt, timestamp);
      else
        ok = FALSE;
    }

  if (type_text != NULL)
    {
      EmbScoreType value = _emb_csv_parse_score_type (type_text);

      if (value != EMB_SCORE_TYPE_NONE)
        {
          type = value;
          typed = TRUE;
        }
      else
        {
          _emb_csv_mapper_problem (mapper, line, EMB_CSV_FIELD_SCORE_TYPE,
                                   _("“%s” is not a score type; write NPS, CSAT or CES."),
                                   type_text);
          ok = FALSE;
        }
    }

  if (score_text != NULL)
    {
      int min, max;

      _emb_csv_score_range (type, &min, &max);
      if (!_emb_csv_parse_score (score_text, &score))
        {
          _emb_csv_mapper_problem (mapper, line, EMB_CSV_FIELD_SCORE,
                                   _("The score “%s” is not a whole number."), score_text);
          ok = FALSE;
        }
      else if (type == EMB_SCORE_TYPE_NONE && (score < min || score > max))
        {
          _emb_csv_mapper_problem (mapper, line, EMB_CSV_FIELD_SCORE,
                                   _("The score %d is out of range: scores run from 0 to 10 "
                                     "(NPS), 1 to 5 (CSAT) or 1 to 7 (CES)."),
                                   score);
          ok = FALSE;
        }
      else if (score < min || score > max)
        {
          _emb_csv_mapper_problem (mapper, line, EMB_CSV_FIELD_SCORE,
                                   _("The score %d is out of range: %s scores run from %d to "
                                     "%d."),
                                   score, _emb_csv_score_type_name (type), min, max);
          ok = FALSE;
        }
      else if (type == EMB_SCORE_TYPE_NONE && !typed)
        {
          feedback->score_min = MIN (feedback->score_min, score);
          feedback->score_max = MAX (feedback->score_max, score);
        }
    }

  if (text != NULL)
    ok &= _emb_csv_mapper_check_text (mapper, line, EMB_CSV_FIELD_TEXT, text, FALSE,
                                      EMB_MAX_TEXT);

  if (kind_text != NULL)
    {
      kind = _emb_csv_lookup_word (EMB_CSV_WORDS_KIND, kind_text);
      if (kind < 0)
        {
          _emb_csv_mapper_problem (mapper, line, EMB_CSV_FIELD_KIND,
                                   _("“%s” is not a kind of feedback; write praise, "
                                     "complaint, suggestion or survey."),
                                   kind_text);
          ok = FALSE;
        }
    }
  else if (score_text != NULL || _emb_csv_mapper_has_field (mapper, EMB_CSV_FIELD_SCORE))
    kind = EMB_FEEDBACK_KIND_SURVEY;
  else
    {
      _emb_csv_mapper_problem (mapper, line, EMB_CSV_FIELD_KIND,
                               _("The kind of feedback is missing; give it in a kind column "
                                 "(praise, complaint, suggestion) or choose one for the whole "
                                 "file."));
      ok = FALSE;
    }

  if (channel != NULL)
    ok &= _emb_csv_mapper_check_text (mapper, line, EMB_CSV_FIELD_CHANNEL, channel, FALSE,
                                      EMB_MAX_SHORT);
  if (customer != NULL)
    ok &= _emb_csv_mapper_check_text (mapper, line, EMB_CSV_FIELD_CUSTOMER_REF, customer, FALSE,
                                      EMB_MAX_SHORT);
  if (source != NULL)
    ok &= _emb_csv_mapper_check_text (mapper, line, EMB_CSV_FIELD_SOURCE, source, FALSE,
                                      EMB_MAX_SHORT);
  else
    source = feedback->source;

  if (touchpoint != NULL && feedback->touchpoints != NULL)
    {
      g_autofree char *key = _emb_csv_fold_key (touchpoint);
      gint64 *id = g_hash_table_lookup (feedback->touchpoint_values, key);

      if (id == NULL)
        id = g_hash_table_lookup (feedback->touchpoints, key);
      if (id != NULL)
        touchpoint_id = *id;
      else
        {
          _emb_csv_mapper_problem (mapper, line, EMB_CSV_FIELD_TOUCHPOINT,
                                   _("No touchpoint is called “%s”; name the touchpoint it "
                                     "stands for in the column mapping."),
                                   touchpoint);
          ok = FALSE;
        }
    }

  if (!ok)
    return TRUE;

  if (mapper->writing)
    {
      EmbFeedbackRow row = {
        .received_at = timestamp,
        .channel = channel,
        .touchpoint_id = touchpoint_id,
        .kind = kind,
        .score_type = score >= 0 ? type : EMB_SCORE_TYPE_NONE,
        .score = score,
        .text = text,
        .customer_ref = customer,
        .source = source,
      };

      if (!_emb_feedback_store_import_feedback (feedback->writer, &row, error))
        return FALSE;
    }

  mapper->added++;
  return TRUE;
}

/* The passes ---------------------------------------------------------------- */

static void
feedback_start_pass (EmbCsvMapper *mapper)
{
  FeedbackImport *feedback = (FeedbackImport *)mapper;

  feedback->score_min = G_MAXINT;
  feedback->score_max = G_MININT;
}

/* The scale of a score column told by its values alone. */
static void
feedback_checked (EmbCsvMapper *mapper)
{
  FeedbackImport *feedback = (FeedbackImport *)mapper;

  if (feedback->score_type == EMB_SCORE_TYPE_NONE && feedback->score_min <= feedback->score_max)
    feedback->score_type = _emb_csv_score_type_by_values (feedback->score_min,
                                                          feedback->score_max);
}

static gboolean
feedback_begin_write (EmbCsvMapper  *mapper,
                      GError       **error)
{
  FeedbackImport *feedback = (FeedbackImport *)mapper;

  /* The checking pass counted the rows. */
  feedback->writer = _emb_feedback_store_begin_import (mapper->db, mapper->added, error);
  return feedback->writer != NULL;
}

static gboolean
feedback_finish_write (EmbCsvMapper  *mapper,
                       GError       **error)
{
  FeedbackImport *feedback = (FeedbackImport *)mapper;

  return _emb_feedback_store_finish_import (feedback->writer, error);
}

static void
feedback_end_write (EmbCsvMapper *mapper)
{
  FeedbackImport *feedback = (FeedbackImport *)mapper;

  g_clear_pointer (&feedback->writer, _emb_feedback_store_end_import);
}

static void
feedback_count (EmbCsvMapper    *mapper,
                EmbImportReport *report)
{
  emb_import_report_count (report, "feedback", mapper->added, 0, mapper->skipped);
}

static void
feedback_free (EmbCsvMapper *mapper)
{
  FeedbackImport *feedback = (FeedbackImport *)mapper;

  g_clear_pointer (&feedback->writer, _emb_feedback_store_end_import);
  g_clear_pointer (&feedback->mapping, g_hash_table_unref);
  g_clear_pointer (&feedback->touchpoints, g_hash_table_unref);
  g_hash_table_unref (feedback->touchpoint_values);
  g_free (feedback->source);
  g_free (feedback);
}

static const EmbCsvMapperClass feedback_class = {
  .load = feedback_load,
  .start_pass = feedback_start_pass,
  .row = feedback_row,
  .checked = feedback_checked,
  .begin_write = feedback_begin_write,
  .end_write = feedback_end_write,
  .finish_write = feedback_finish_write,
  .count = feedback_count,
  .free = feedback_free,
};

/**
 * _emb_feedback_import_new:
 * @db: (nullable): the database, or %NULL to check the rows alone
 * @columns: the columns of the file, which must outlive the mapper
 * @problems: where problems go; its file name is the default source
 * @mapping: (nullable): the mapping of the options
 *
 * Returns: (transfer full): the mapper of a feedback file
 */
EmbCsvMapper *
_emb_feedback_import_new (EmbDatabase         *db,
                          const EmbCsvColumns *columns,
                          EmbCsvProblems      *problems,
                          GHashTable          *mapping)
{
  FeedbackImport *feedback = g_new0 (FeedbackImport, 1);
  int score_column = columns->column_of[EMB_CSV_FIELD_SCORE];

  _emb_csv_mapper_init (&feedback->parent, &feedback_class, db, columns, problems);
  feedback->mapping = mapping != NULL ? g_hash_table_ref (mapping) : NULL;
  feedback->touchpoint_values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  feedback->source = g_utf8_strlen (problems->name, -1) > EMB_MAX_SHORT
                     ? g_utf8_substring (problems->name, 0, EMB_MAX_SHORT)
                     : g_strdup (problems->name);

  if (score_column >= 0)
    feedback->score_type = columns->columns[score_column].variant;
  if (feedback->score_type == EMB_SCORE_TYPE_NONE &&
      columns->defaults[EMB_CSV_FIELD_SCORE_TYPE] != NULL)
    feedback->score_type = _emb_csv_parse_score_type (columns->defaults[EMB_CSV_FIELD_SCORE_TYPE]);

  return &feedback->parent;
}

/**
 * _emb_feedback_import_get_score_type:
 *
 * Returns: (nullable): "nps", "csat" or "ces": the scale of the score column
 *   as far as the rows checked tell it
 */
const char *
_emb_feedback_import_get_score_type (EmbCsvMapper *mapper)
{
  FeedbackImport *feedback = (FeedbackImport *)mapper;

  if (mapper->columns->column_of[EMB_CSV_FIELD_SCORE] < 0 ||
      feedback->score_type == EMB_SCORE_TYPE_NONE)
    return NULL;
  return emb_enum_to_nick (EMB_TYPE_SCORE_TYPE, feedback->score_type);
}
