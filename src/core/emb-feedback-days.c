/* emb-feedback-days.c: the per-day histogram that a bulk write keeps itself
 *
 * In bulk, the triggers of feedback_day are suspended (emb-database-bulk.c).
 * A writer that only adds rows counts them per touchpoint, score type and
 * day as it writes them, as feedback_day_insert would (0003-kept-counts.sql),
 * in a table of at most DAYS_MAX groups, and adds the counts to feedback_day
 * whenever the table is full and after the last row, in the order of its
 * primary key. feedback_day stays the histogram of the whole table (the tests
 * compare it with counts made from the rows): one statement a group instead
 * of a GROUP BY over the whole table, which reads every row again and sorts
 * them. Both the feedback CSV import and the bundle import use it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-feedback-store"

#include "config.h"

#include <string.h>

#include "emb-database-private.h"
#include "emb-feedback-store-private.h"

#define DAYS_SIZE 65536                  /* slots: a power of two */
#define DAYS_MAX  (DAYS_SIZE / 4 * 3)    /* groups before they are added */
#define DAY_COUNTS 12                    /* the scores 0 … 10, the complaints */

typedef struct
{
  gint64  touchpoint_id;                 /* 0 for none; -1: an empty slot */
  guint32 score_type;
  char    day[12];                       /* the first 10 bytes of received_at */
  guint32 counts[DAY_COUNTS];
} DayGroup;

struct _EmbFeedbackDays
{
  EmbDatabase  *db;
  DayGroup     *slots;
  guint         used;
  EmbStatement *add;
  const char   *score_nicks[EMB_SCORE_TYPE_CES + 1];
};

static void
days_reset (EmbFeedbackDays *days)
{
  for (guint i = 0; i < DAYS_SIZE; i++)
    days->slots[i].touchpoint_id = -1;
  days->used = 0;
}

static guint
day_hash (gint64      touchpoint_id,
          guint32     score_type,
          const char *day)
{
  guint64 hash = G_GUINT64_CONSTANT (14695981039346656037);

  hash = (hash ^ (guint64)touchpoint_id) * G_GUINT64_CONSTANT (1099511628211);
  hash = (hash ^ score_type) * G_GUINT64_CONSTANT (1099511628211);
  for (guint i = 0; i < 10; i++)
    hash = (hash ^ (guchar)day[i]) * G_GUINT64_CONSTANT (1099511628211);
  return (guint)(hash ^ (hash >> 32));
}

/* The order of feedback_day's primary key: touchpoint, score type (by its
 * text), day. */
static int
compare_groups (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  const char * const *score_nicks = data;
  const DayGroup *x = a, *y = b;
  int c;

  if (x->touchpoint_id != y->touchpoint_id)
    return x->touchpoint_id < y->touchpoint_id ? -1 : 1;
  c = strcmp (score_nicks[x->score_type], score_nicks[y->score_type]);
  return c != 0 ? c : strcmp (x->day, y->day);
}

/**
 * _emb_feedback_days_new:
 *
 * Starts counting the rows a bulk write adds, inside its transaction.
 *
 * Returns: (transfer full): the counts, or %NULL with @error
 */
EmbFeedbackDays *
_emb_feedback_days_new (EmbDatabase  *db,
                        GError      **error)
{
  g_autoptr(EmbFeedbackDays) days = g_new0 (EmbFeedbackDays, 1);

  days->db = g_object_ref (db);
  days->add = _emb_database_prepare (db,
                                     "INSERT INTO feedback_day (touchpoint_id, score_type, day,"
                                     " s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, complaints)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,"
                                     " ?12, ?13, ?14, ?15)"
                                     " ON CONFLICT (touchpoint_id, score_type, day) DO UPDATE SET"
                                     " s0 = s0 + excluded.s0, s1 = s1 + excluded.s1,"
                                     " s2 = s2 + excluded.s2, s3 = s3 + excluded.s3,"
                                     " s4 = s4 + excluded.s4, s5 = s5 + excluded.s5,"
                                     " s6 = s6 + excluded.s6, s7 = s7 + excluded.s7,"
                                     " s8 = s8 + excluded.s8, s9 = s9 + excluded.s9,"
                                     " s10 = s10 + excluded.s10,"
                                     " complaints = complaints + excluded.complaints",
                                     error);
  if (days->add == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (days->score_nicks); i++)
    days->score_nicks[i] = emb_enum_to_nick (EMB_TYPE_SCORE_TYPE, i);
  days->slots = g_new (DayGroup, DAYS_SIZE);
  days_reset (days);
  return g_steal_pointer (&days);
}

/**
 * _emb_feedback_days_add:
 *
 * Adds the groups counted so far to feedback_day, and empties the table.
 *
 * Returns: %FALSE with @error when the database refuses
 */
gboolean
_emb_feedback_days_add (EmbFeedbackDays  *days,
                        GError          **error)
{
  g_autoptr(GArray) groups = g_array_sized_new (FALSE, FALSE, sizeof (DayGroup), days->used);
  EmbStatement *stmt = days->add;

  for (guint i = 0; i < DAYS_SIZE; i++)
    if (days->slots[i].touchpoint_id >= 0)
      g_array_append_val (groups, days->slots[i]);
  days_reset (days);
  g_array_sort_with_data (groups, compare_groups, days->score_nicks);

  for (guint i = 0; i < groups->len; i++)
    {
      const DayGroup *group = &g_array_index (groups, DayGroup, i);

      sqlite3_bind_int64 (stmt, 1, group->touchpoint_id);
      sqlite3_bind_text (stmt, 2, days->score_nicks[group->score_type], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, group->day, -1, SQLITE_STATIC);
      for (guint k = 0; k < DAY_COUNTS; k++)
        sqlite3_bind_int64 (stmt, 4 + k, group->counts[k]);
      if (!_emb_database_step_done (days->db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * _emb_feedback_days_count:
 * @touchpoint_id: the item's touchpoint, or 0
 * @received_at: its time, in the form of emb_now_iso8601()
 * @score: its score, or -1 for none
 *
 * Counts an item just added in its group, and adds the groups to
 * feedback_day when the table is full.
 *
 * Returns: %FALSE with @error when the database refuses
 */
gboolean
_emb_feedback_days_count (EmbFeedbackDays  *days,
                          gint64            touchpoint_id,
                          EmbScoreType      score_type,
                          const char       *received_at,
                          int               score,
                          EmbFeedbackKind   kind,
                          GError          **error)
{
  guint i;
  DayGroup *group;

  g_return_val_if_fail ((guint)score_type < G_N_ELEMENTS (days->score_nicks), FALSE);
  g_return_val_if_fail (strlen (received_at) >= 10, FALSE);

  touchpoint_id = MAX (touchpoint_id, 0);
  i = day_hash (touchpoint_id, score_type, received_at) & (DAYS_SIZE - 1);
  for (;; i = (i + 1) & (DAYS_SIZE - 1))
    {
      group = &days->slots[i];
      if (group->touchpoint_id < 0)
        {
          memset (group, 0, sizeof *group);
          group->touchpoint_id = touchpoint_id;
          group->score_type = score_type;
          memcpy (group->day, received_at, 10);
          days->used++;
          break;
        }
      if (group->touchpoint_id == touchpoint_id && group->score_type == (guint32)score_type &&
          memcmp (group->day, received_at, 10) == 0)
        break;
    }

  if (score >= 0 && score <= 10)
    group->counts[score]++;
  if (kind == EMB_FEEDBACK_KIND_COMPLAINT)
    group->counts[DAY_COUNTS - 1]++;
  return days->used < DAYS_MAX || _emb_feedback_days_add (days, error);
}

void
_emb_feedback_days_free (EmbFeedbackDays *days)
{
  if (days == NULL)
    return;

  _emb_statement_release (days->add);
  g_clear_object (&days->db);
  g_free (days->slots);
  g_free (days);
}
