/* emb-feedback-store-private.h: the feedback store for its tests and for
 * the feedback import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "emb-database.h"
#include "emb-enums.h"

G_BEGIN_DECLS

/* Sets the numbers of matches at which a search changes its plan (see
 * add_search() in emb-feedback-store.c), so that a test can run each plan
 * on a few rows; 0, 0 restores the defaults. */
void _emb_feedback_store_set_match_plans (guint few,
                                          guint most);

/* The feedback import (emb-feedback-import.c) ------------------------------ */

/* A feedback item as the import writes it; the strings are borrowed. */
typedef struct
{
  const char      *received_at;     /* in the form of emb_now_iso8601() */
  const char      *channel;
  gint64           touchpoint_id;   /* or 0 */
  EmbFeedbackKind  kind;
  EmbScoreType     score_type;      /* EMB_SCORE_TYPE_NONE without a score */
  int              score;           /* -1 for none */
  const char      *text;
  const char      *customer_ref;
  const char      *source;
  const char      *source_id;       /* the source's own id, or NULL */
  const char      *category;        /* the source's own category, or NULL */
  gboolean         triage;          /* a category that names no touchpoint */
} EmbFeedbackRow;

typedef void (*EmbTouchpointFunc) (gpointer    data,
                                   gint64      id,
                                   const char *name);

/* Writes of an import, inside the caller's transaction. */
typedef struct _EmbFeedbackWriter EmbFeedbackWriter;

gboolean           _emb_feedback_store_read_touchpoints (EmbDatabase           *db,
                                                         EmbTouchpointFunc      func,
                                                         gpointer               data,
                                                         GError               **error);
EmbFeedbackWriter *_emb_feedback_store_begin_import     (EmbDatabase           *db,
                                                         guint                  n_rows,
                                                         gboolean               looks_up,
                                                         GError               **error);
gboolean           _emb_feedback_store_import_feedback  (EmbFeedbackWriter     *writer,
                                                         const EmbFeedbackRow  *feedback,
                                                         GError               **error);
gboolean           _emb_feedback_store_finish_import    (EmbFeedbackWriter     *writer,
                                                         GError               **error);
void               _emb_feedback_store_end_import       (EmbFeedbackWriter     *writer);
/* For tests: the writer fails at row @row of an import (from 1), or never
 * with 0. */
void               _emb_feedback_store_set_fail_at_row  (guint                  row);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbFeedbackWriter, _emb_feedback_store_end_import)

/* feedback_day kept by a bulk write that only adds rows
 * (emb-feedback-days.c). */
typedef struct _EmbFeedbackDays EmbFeedbackDays;

EmbFeedbackDays   *_emb_feedback_days_new               (EmbDatabase           *db,
                                                         GError               **error);
gboolean           _emb_feedback_days_count             (EmbFeedbackDays       *days,
                                                         gint64                 touchpoint_id,
                                                         EmbScoreType           score_type,
                                                         const char            *received_at,
                                                         int                    score,
                                                         EmbFeedbackKind        kind,
                                                         GError               **error);
gboolean           _emb_feedback_days_add               (EmbFeedbackDays       *days,
                                                         GError               **error);
void               _emb_feedback_days_free              (EmbFeedbackDays       *days);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbFeedbackDays, _emb_feedback_days_free)

/* Finding items imported before: by the source's own id, or by content
 * (received-at, text, score, category) within the same source. */
typedef struct _EmbFeedbackFinder EmbFeedbackFinder;

EmbFeedbackFinder *_emb_feedback_finder_new          (EmbDatabase           *db,
                                                      GError               **error);
void               _emb_feedback_finder_free         (EmbFeedbackFinder     *finder);
gboolean           _emb_feedback_finder_start        (EmbFeedbackFinder     *finder,
                                                      GError               **error);
gboolean           _emb_feedback_finder_is_empty     (EmbFeedbackFinder     *finder);
gboolean           _emb_feedback_finder_has_source   (EmbFeedbackFinder     *finder,
                                                      const char            *source,
                                                      gboolean               without_id,
                                                      gboolean              *found,
                                                      GError               **error);
gboolean           _emb_feedback_finder_has_id       (EmbFeedbackFinder     *finder,
                                                      const char            *source,
                                                      const char            *source_id,
                                                      gboolean              *found,
                                                      GError               **error);
gboolean           _emb_feedback_finder_count_content (EmbFeedbackFinder    *finder,
                                                      const EmbFeedbackRow  *row,
                                                      gboolean               without_id,
                                                      guint                 *count,
                                                      GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EmbFeedbackFinder, _emb_feedback_finder_free)

G_END_DECLS
