/* emb-feedback-import.c: customer feedback from a survey export, a
 * complaint log or a social-media export
 *
 * The mapper of a feedback file: each row that says anything adds a
 * feedback item. The scale of the score column is told by the mapping, a
 * score-type column, the header or, after the checking pass, by the values
 * of the whole column. The rules are in emb-csv-import.h.
 *
 * The category column (the touchpoint field) is kept as the item's
 * category; a category that names no touchpoint is no error: the item waits
 * to be triaged. A re-import adds nothing twice: see "Keys" below. A row
 * is usually written as soon as it is checked, so that a large export is
 * read once (see "One pass" in emb-csv-import.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "emb-csv-private.h"
#include "emb-feedback-retention.h"
#include "emb-feedback-store-private.h"
#include "emb-validate-private.h"

/* Keys -------------------------------------------------------------------
 *
 * An item is the same as one imported before when its source's own id (the
 * source-id field) is the same within the same source, or, where there is
 * no id, when its content is: received-at, text, score and category within
 * the same source. Content is counted as a multiset: the k-th row of a file
 * with some content is skipped only when k items had it before the import.
 *
 * An id column is a key only when no id repeats with another content: the
 * checking pass keeps a 64-bit hash of every (source, id) with a hash of
 * its row's content in an open-addressing table (16 bytes a row); the
 * first id that repeats with another content makes the whole column no key
 * (a warning names it), and the content decides instead. Items are looked
 * up in the database only for sources that had items before the import. */

typedef struct
{
  guint64 *slots;      /* pairs: key (0 = empty), value */
  gsize    size;       /* a power of two */
  gsize    used;
} KeyTable;

static void
key_table_clear (KeyTable *table)
{
  g_clear_pointer (&table->slots, g_free);
  table->size = table->used = 0;
}

static guint64 *
key_table_slot (KeyTable *table,
                guint64   key)
{
  gsize mask = table->size - 1;
  gsize i = (gsize)(key ^ (key >> 29)) & mask;

  while (table->slots[2 * i] != 0 && table->slots[2 * i] != key)
    i = (i + 1) & mask;
  return &table->slots[2 * i];
}

/* The slot of @key, added with the value 0 when it was not there
 * (*@added). */
static guint64 *
key_table_insert (KeyTable *table,
                  guint64   key,
                  gboolean *added)
{
  guint64 *slot;

  key = key != 0 ? key : 1;
  if (table->used * 2 >= table->size)
    {
      KeyTable bigger = { NULL, MAX (table->size * 2, 1024), 0 };

      bigger.slots = g_new0 (guint64, 2 * bigger.size);
      for (gsize i = 0; i < table->size; i++)
        if (table->slots[2 * i] != 0)
          {
            guint64 *moved = key_table_slot (&bigger, table->slots[2 * i]);

            moved[0] = table->slots[2 * i];
            moved[1] = table->slots[2 * i + 1];
          }
      bigger.used = table->used;
      g_free (table->slots);
      *table = bigger;
    }

  slot = key_table_slot (table, key);
  *added = slot[0] == 0;
  if (*added)
    {
      slot[0] = key;
      slot[1] = 0;
      table->used++;
    }
  return slot;
}

/* FNV-1a, 64 bits, over strings ended by a separator. */
static guint64
hash_strings (const char *first,
              ...)
{
  guint64 hash = G_GUINT64_CONSTANT (14695981039346656037);
  va_list args;

  va_start (args, first);
  for (const char *s = first; s != NULL; s = va_arg (args, const char *))
    {
      for (const guchar *p = (const guchar *)s; *p != '\0'; p++)
        hash = (hash ^ *p) * G_GUINT64_CONSTANT (1099511628211);
      hash = (hash ^ 0x1f) * G_GUINT64_CONSTANT (1099511628211);
    }
  va_end (args);
  return hash;
}

typedef struct
{
  gboolean had_items;          /* before the import */
  gboolean had_items_without_id;
} SourceState;

typedef struct
{
  EmbCsvMapper       parent;
  GHashTable        *touchpoints;        /* folded name → id; NULL without database */
  char              *source;             /* the file's name, for rows without a source */
  EmbScoreType       score_type;         /* of the score column; NONE: told by its values */
  int                score_min;          /* of the scores whose scale the values tell */
  int                score_max;
  EmbFeedbackWriter *writer;             /* in the writing pass */

  /* Keys */
  EmbFeedbackFinder *finder;             /* NULL without database */
  GHashTable        *sources;            /* source → SourceState */
  KeyTable           ids;                /* hash of (source, id) → hash of the content */
  KeyTable           contents;           /* hash of the content → rows of this pass */
  gboolean           id_is_key;          /* decided after the checking pass */
  gboolean           id_conflict;
  guint              id_repeats;         /* ids repeated with the same content */
  guint              skipped_by_id;      /* of the checking pass, the ids being a key */
  guint              skipped_by_content; /* of the checking pass, the content being it */
  GHashTable        *written_sources;    /* the sources of the items written */
  char              *retention_cutoff;   /* items received before it come without text */
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
  GHashTable *values = mapper->columns->values[EMB_CSV_FIELD_TOUCHPOINT];
  GHashTableIter iter;
  gpointer key, value;

  feedback->touchpoints = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!_emb_feedback_store_read_touchpoints (mapper->db, load_touchpoint, feedback, error))
    return FALSE;

  /* The value maps of the category column name touchpoints */
  if (values != NULL)
    {
      g_hash_table_iter_init (&iter, values);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          g_autofree char *name_key = _emb_csv_fold_key (value);

          if (*(const char *)value != '\0' &&
              !g_hash_table_contains (feedback->touchpoints, name_key))
            _emb_csv_add_problem (mapper->problems, 0, value,
                                  _("The value map names the touchpoint “%s”, which does "
                                    "not exist."),
                                  (const char *)value);
        }
    }

  /* The retention rule of emb-feedback-retention.c: an item older than the
   * programme keeps texts comes in as a run would have left it, so a
   * re-import finds the cleared item by its content and brings no text
   * back. */
  feedback->retention_cutoff =
    emb_feedback_retention_cutoff (emb_feedback_retention_get_months (mapper->db), NULL);

  feedback->finder = _emb_feedback_finder_new (mapper->db, error);
  return feedback->finder != NULL;
}

/* Keys ------------------------------------------------------------------- */

static SourceState *
source_state (FeedbackImport  *feedback,
              const char      *source,
              GError         **error)
{
  SourceState *state = g_hash_table_lookup (feedback->sources, source);

  if (state != NULL)
    return state;

  state = g_new0 (SourceState, 1);
  if (feedback->finder != NULL &&
      (!_emb_feedback_finder_has_source (feedback->finder, source, FALSE, &state->had_items,
                                         error) ||
       (state->had_items &&
        !_emb_feedback_finder_has_source (feedback->finder, source, TRUE,
                                          &state->had_items_without_id, error))))
    {
      g_free (state);
      return NULL;
    }
  g_hash_table_insert (feedback->sources, g_strdup (source), state);
  return state;
}

/* Whether the k-th row of this pass with the content of @row had its k
 * items before the import (@without_id: among those without an id). */
static gboolean
seen_content (FeedbackImport        *feedback,
              const EmbFeedbackRow  *row,
              guint64                content,
              gboolean               without_id,
              gboolean              *seen,
              GError               **error)
{
  guint count = 0;
  gboolean added;
  guint64 *slot;

  *seen = FALSE;
  if (!_emb_feedback_finder_count_content (feedback->finder, row, without_id, &count, error))
    return FALSE;
  if (count == 0)
    return TRUE;
  slot = key_table_insert (&feedback->contents, content ^ (without_id ? 0x5bd1e995 : 0), &added);
  slot[1]++;
  *seen = slot[1] <= count;
  return TRUE;
}

/* Whether @row is an item imported before (or a repeat of a row of this
 * file with the same id); in the checking pass, counts it both ways and
 * learns whether the ids are a key. */
static gboolean
is_known (FeedbackImport        *feedback,
          guint                  line,
          const EmbFeedbackRow  *row,
          gboolean              *known,
          GError               **error)
{
  EmbCsvMapper *mapper = &feedback->parent;
  char score[16];
  guint64 content = 0;
  SourceState *state;
  gboolean by_id = FALSE, by_content = FALSE, repeat = FALSE;
  gboolean has_id = row->source_id != NULL && !feedback->id_conflict;

  *known = FALSE;
  if (feedback->finder == NULL)
    return TRUE;
  state = source_state (feedback, row->source, error);
  if (state == NULL)
    return FALSE;

  /* The content counts only against an id, or items imported before. */
  if (has_id || state->had_items)
    {
      g_snprintf (score, sizeof score, "%d", row->score);
      content = hash_strings (row->source, row->received_at, row->text != NULL ? row->text : "",
                              score, row->category != NULL ? row->category : "", NULL);
    }

  if (!mapper->writing)
    {
      if (has_id)
        {
          gboolean added;
          guint64 *slot = key_table_insert (&feedback->ids,
                                            hash_strings (row->source, row->source_id, NULL),
                                            &added);

          if (added)
            slot[1] = content;
          else if (slot[1] == content)
            {
              repeat = TRUE;
              feedback->id_repeats++;
            }
          else
            {
              /* The rows written with their ids were written wrongly. */
              _emb_csv_mapper_give_up (mapper, "an id stands for different rows");
              feedback->id_conflict = TRUE;
              key_table_clear (&feedback->ids);
              emb_import_report_add_warning (mapper->problems->report, mapper->problems->name,
                                             line, _emb_csv_field_name (EMB_CSV_FIELD_SOURCE_ID),
                                             _("The id “%s” of the column “%s” stands for rows "
                                               "with different texts, so the column is no key "
                                               "(a spreadsheet may have rounded long ids); rows "
                                               "imported before are recognised by their date "
                                               "and content instead."),
                                             row->source_id,
                                             mapper->columns->headers[mapper->columns->column_of[EMB_CSV_FIELD_SOURCE_ID]]);
            }
        }
      if (state->had_items)
        {
          /* Which of its rows the writing pass skips depends on the whole
           * file (whether the ids are a key). */
          _emb_csv_mapper_give_up (mapper, "items of the source were imported before");
          if (has_id && !repeat &&
              !_emb_feedback_finder_has_id (feedback->finder, row->source, row->source_id,
                                            &by_id, error))
            return FALSE;
          if (!seen_content (feedback, row, content, FALSE, &by_content, error))
            return FALSE;
        }
      if (repeat || by_id || (row->source_id == NULL && by_content))
        feedback->skipped_by_id++;
      if (by_content)
        feedback->skipped_by_content++;
      /* Writing while checking: a repeat of a row of this file was written
       * already (the writing pass finds it by its id). */
      *known = repeat;
      return TRUE;
    }

  /* Writing: by the id where the ids are a key (a repeat in this file was
   * written already), else, or for items without an id, by content. */
  if (feedback->id_is_key && row->source_id != NULL)
    {
      if ((state->had_items || feedback->id_repeats > 0) &&
          !_emb_feedback_finder_has_id (feedback->finder, row->source, row->source_id, known,
                                        error))
        return FALSE;
      if (!*known && state->had_items_without_id)
        return seen_content (feedback, row, content, TRUE, known, error);
      return TRUE;
    }
  if (state->had_items)
    return seen_content (feedback, row, content, FALSE, known, error);
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
  const char *source_id = _emb_csv_mapper_cell (mapper, values, EMB_CSV_FIELD_SOURCE_ID);
  int category_column = mapper->columns->column_of[EMB_CSV_FIELD_TOUCHPOINT];
  const char *category = category_column >= 0 && *values[category_column] != '\0'
                         ? values[category_column] : NULL;
  gboolean triage = FALSE;
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
      EmbScoreType told = EMB_SCORE_TYPE_NONE;
      int min, max;

      /* "4 stars", "★★★★☆" and "4/5" tell their scale */
      if (_emb_csv_parse_rating (score_text, &score, &told) && told != EMB_SCORE_TYPE_NONE &&
          type == EMB_SCORE_TYPE_NONE)
        {
          type = told;
          typed = TRUE;
        }
      _emb_csv_score_range (type, &min, &max);
      if (told == EMB_SCORE_TYPE_NONE && !_emb_csv_parse_score (score_text, &score))
        {
          _emb_csv_mapper_problem (mapper, line, EMB_CSV_FIELD_SCORE,
                                   _("The score “%s” is not a whole number, a star rating "
                                     "(4 stars, ★★★★☆) or a score out of its scale (4/5)."),
                                   score_text);
          ok = FALSE;
        }
      else if (told != EMB_SCORE_TYPE_NONE && told != type)
        {
          _emb_csv_mapper_problem (mapper, line, EMB_CSV_FIELD_SCORE,
                                   _("“%s” is a %s score, but this column holds %s scores."),
                                   score_text, _emb_csv_score_type_name (told),
                                   _emb_csv_score_type_name (type));
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
                                     "complaint, suggestion, survey or neutral (or a "
                                     "sentiment: positive, neutral, negative)."),
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

  if (source_id != NULL)
    ok &= _emb_csv_mapper_check_text (mapper, line, EMB_CSV_FIELD_SOURCE_ID, source_id, FALSE,
                                      EMB_MAX_SHORT);
  if (category != NULL)
    ok &= _emb_csv_mapper_check_text (mapper, line, EMB_CSV_FIELD_TOUCHPOINT, category, FALSE,
                                      EMB_MAX_SHORT);

  /* A category that names no touchpoint waits to be triaged; a default
   * touchpoint must exist. */
  if (touchpoint != NULL && feedback->touchpoints != NULL)
    {
      g_autofree char *key = _emb_csv_fold_key (touchpoint);
      gint64 *id = g_hash_table_lookup (feedback->touchpoints, key);

      if (id != NULL)
        touchpoint_id = *id;
      else if (category != NULL)
        {
          triage = TRUE;
          _emb_csv_mapper_mark_unknown (mapper, EMB_CSV_FIELD_TOUCHPOINT, category);
        }
      else
        {
          _emb_csv_mapper_problem (mapper, line, EMB_CSV_FIELD_TOUCHPOINT,
                                   _("No touchpoint is called “%s”."), touchpoint);
          ok = FALSE;
        }
    }

  if (!ok)
    return TRUE;

  if (feedback->retention_cutoff != NULL && strcmp (timestamp, feedback->retention_cutoff) < 0)
    {
      text = NULL;
      customer = NULL;
    }

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
      .source_id = feedback->id_conflict ? NULL : source_id,
      .category = category,
      .triage = triage,
    };
    gboolean known;
    gboolean write = mapper->writing;

    if (!is_known (feedback, line, &row, &known, error))
      return FALSE;
    if (mapper->writing && known)
      {
        mapper->skipped++;
        return TRUE;
      }

    /* Writing while checking, as long as the row is written as the writing
     * pass would write it: not while the values of the whole column are to
     * tell the scale of its score or the order of its date. */
    if (!mapper->writing && !known && _emb_csv_mapper_writes_now (mapper))
      {
        if (score >= 0 && type == EMB_SCORE_TYPE_NONE)
          _emb_csv_mapper_give_up (mapper, "the scores' scale is told by the whole column");
        else if (!_emb_csv_mapper_date_is_final (mapper, EMB_CSV_FIELD_RECEIVED_AT))
          _emb_csv_mapper_give_up (mapper, "the dates' order is told by the whole column");
        else
          write = TRUE;
      }

    if (write)
      {
        if (!_emb_feedback_store_import_feedback (feedback->writer, &row, error))
          return FALSE;
        if (!g_hash_table_contains (feedback->written_sources, source))
          g_hash_table_add (feedback->written_sources, g_strdup (source));
        if (!mapper->writing)
          mapper->written++;
      }
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
  key_table_clear (&feedback->contents);
}

/* The scale of a score column told by its values alone. */
static void
feedback_checked (EmbCsvMapper *mapper)
{
  FeedbackImport *feedback = (FeedbackImport *)mapper;

  guint skipped;

  if (feedback->score_type == EMB_SCORE_TYPE_NONE && feedback->score_min <= feedback->score_max)
    feedback->score_type = _emb_csv_score_type_by_values (feedback->score_min,
                                                          feedback->score_max);

  /* The ids are a key unless one repeats with another content; the rows of
   * the checking pass that are known count as skipped. */
  feedback->id_is_key = mapper->columns->column_of[EMB_CSV_FIELD_SOURCE_ID] >= 0 &&
                        !feedback->id_conflict;
  key_table_clear (&feedback->ids);
  skipped = MIN (feedback->id_is_key ? feedback->skipped_by_id : feedback->skipped_by_content,
                 mapper->added);
  mapper->added -= skipped;
  mapper->skipped += skipped;
  feedback->skipped_by_id = feedback->skipped_by_content = 0;
}

/* Whether the writing will look items up (is_known()): after a checking
 * pass, when a source had items before or an id repeats; writing while
 * checking, whenever there are items (the sources are not known yet). */
static gboolean
looks_up (FeedbackImport *feedback)
{
  EmbCsvMapper *mapper = &feedback->parent;
  GHashTableIter iter;
  SourceState *state;

  if (mapper->one_pass)
    return !_emb_feedback_finder_is_empty (feedback->finder);
  if (feedback->id_repeats > 0)
    return TRUE;
  g_hash_table_iter_init (&iter, feedback->sources);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&state))
    if (state->had_items)
      return TRUE;
  return FALSE;
}

static gboolean
feedback_begin_write (EmbCsvMapper  *mapper,
                      GError       **error)
{
  FeedbackImport *feedback = (FeedbackImport *)mapper;

  g_hash_table_remove_all (feedback->written_sources);
  mapper->written = 0;
  if (!_emb_feedback_finder_start (feedback->finder, error))
    return FALSE;
  /* The checking pass counted the rows; writing while checking, the first
   * lines told about how many there are. */
  feedback->writer = _emb_feedback_store_begin_import (mapper->db,
                                                       mapper->one_pass ? mapper->expected_rows
                                                                        : mapper->added,
                                                       looks_up (feedback), error);
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
  g_clear_pointer (&feedback->finder, _emb_feedback_finder_free);
  g_clear_pointer (&feedback->retention_cutoff, g_free);
  g_clear_pointer (&feedback->touchpoints, g_hash_table_unref);
  g_hash_table_unref (feedback->sources);
  g_hash_table_unref (feedback->written_sources);
  key_table_clear (&feedback->ids);
  key_table_clear (&feedback->contents);
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
  .writes_while_checking = TRUE,
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
  feedback->sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  feedback->written_sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
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

/**
 * _emb_feedback_import_get_sources:
 *
 * Returns: (transfer full): the sources of the items the writing pass wrote
 */
GStrv
_emb_feedback_import_get_sources (EmbCsvMapper *mapper)
{
  FeedbackImport *feedback = (FeedbackImport *)mapper;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, feedback->written_sources);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_strv_builder_add (builder, key);
  return g_strv_builder_end (builder);
}
