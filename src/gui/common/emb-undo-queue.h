/* emb-undo-queue.h: deletions that wait for their Undo toast to go away
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_UNDO_QUEUE (emb_undo_queue_get_type ())

G_DECLARE_FINAL_TYPE (EmbUndoQueue, emb_undo_queue, EMB, UNDO_QUEUE, GObject)

/**
 * EmbUndoCommitFunc:
 * @database: the database
 * @ids: (array length=n_ids): the records to delete
 * @n_ids: how many
 * @user_data: what was given with them
 * @error: where to put what went wrong
 *
 * Carries out a deletion, as one store call (one transaction).
 *
 * Returns: whether it was carried out
 */
typedef gboolean (*EmbUndoCommitFunc) (EmbDatabase   *database,
                                       const gint64  *ids,
                                       guint          n_ids,
                                       gpointer       user_data,
                                       GError       **error);

/**
 * EmbUndoDeleteFunc:
 * @database: the database
 * @id: the record to delete
 * @error: where to put what went wrong
 *
 * A store's deletion of one record, such as emb_promise_store_delete().
 *
 * Returns: whether it was deleted
 */
typedef gboolean (*EmbUndoDeleteFunc) (EmbDatabase  *database,
                                       gint64        id,
                                       GError      **error);

EmbUndoQueue *emb_undo_queue_new            (EmbDatabase       *database);
AdwToast     *emb_undo_queue_push           (EmbUndoQueue      *self,
                                             GtkWidget         *widget,
                                             EmbRecordKind      kind,
                                             const gint64      *ids,
                                             guint              n_ids,
                                             const char        *title,
                                             EmbUndoCommitFunc  commit,
                                             gpointer           user_data,
                                             GDestroyNotify     destroy);
AdwToast     *emb_undo_queue_push_one       (EmbUndoQueue      *self,
                                             GtkWidget         *widget,
                                             EmbRecordKind      kind,
                                             gint64             id,
                                             const char        *title,
                                             EmbUndoDeleteFunc  delete_func);
gboolean      emb_undo_queue_contains       (EmbUndoQueue      *self,
                                             EmbRecordKind      kind,
                                             gint64             id);
void          emb_undo_queue_follow_model   (EmbUndoQueue      *self,
                                             GListModel        *model);
guint         emb_undo_queue_get_n_pending  (EmbUndoQueue      *self);
AdwToast     *emb_undo_queue_get_last_toast (EmbUndoQueue      *self);
guint         emb_undo_queue_get_n_ids      (EmbUndoQueue      *self,
                                             AdwToast          *toast);
gboolean      emb_undo_queue_extend         (EmbUndoQueue      *self,
                                             AdwToast          *toast,
                                             const gint64      *ids,
                                             guint              n_ids,
                                             const char        *title);
void          emb_undo_queue_flush          (EmbUndoQueue      *self);
void          emb_undo_queue_flush_kind     (EmbUndoQueue      *self,
                                             EmbRecordKind      kind);

G_END_DECLS
