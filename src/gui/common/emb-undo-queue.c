/* emb-undo-queue.c: deletions that wait for their Undo toast to go away
 *
 * A deletion with Undo is deferred: the view hides the records at once
 * (asking emb_undo_queue_contains() while it builds its rows; a lazy list
 * model given to emb_undo_queue_follow_model() leaves them out by itself,
 * count included), a toast offers Undo, and the store deletes them when the toast goes away, or when the
 * queue is flushed (the view is going away). Undo just forgets the deletion.
 * A crash while the toast shows loses the deletion, never data.
 *
 * The queue emits EmbUndoQueue::changed when what is pending changes, so the
 * view shows the records again after Undo, or after a deletion that the store
 * refused (whose error the queue shows in a toast).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-undo-queue"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-query-model.h"
#include "emb-toast.h"
#include "emb-undo-queue.h"

typedef struct
{
  EmbUndoQueue      *queue;      /* it frees us before it goes */
  EmbRecordKind      kind;
  GArray            *ids;        /* gint64 */
  AdwToast          *toast;      /* owned; NULL while it is committed */
  AdwToastOverlay   *overlay;    /* weak: where the toast shows */
  GtkWidget         *widget;     /* weak: where errors show */
  EmbUndoCommitFunc  commit;
  gpointer           user_data;
  GDestroyNotify     destroy;
} Pending;

struct _EmbUndoQueue
{
  GObject       parent_instance;

  EmbDatabase  *database;
  GPtrArray    *pending;         /* Pending */
  AdwToast     *last_toast;      /* weak */
  GPtrArray    *models;          /* EmbQueryModel, weak */
};

G_DEFINE_FINAL_TYPE (EmbUndoQueue, emb_undo_queue, G_TYPE_OBJECT)

enum {
  CHANGED,
  UNDONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  if (pending->toast != NULL)
    g_signal_handlers_disconnect_by_data (pending->toast, pending);
  g_clear_object (&pending->toast);
  g_clear_weak_pointer (&pending->overlay);
  g_clear_weak_pointer (&pending->widget);
  if (pending->destroy != NULL)
    pending->destroy (pending->user_data);
  g_array_unref (pending->ids);
  g_free (pending);
}

/* Leaves the records waiting for their deletion out of the lazy list
 * models that follow the queue, and brings back those no longer waiting. */
static void
hide_in_model (EmbUndoQueue  *self,
               EmbQueryModel *model)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  EmbRecordKind kind = emb_query_model_get_kind (model);

  for (guint i = 0; i < self->pending->len; i++)
    {
      Pending *pending = g_ptr_array_index (self->pending, i);

      if (pending->kind == kind)
        g_array_append_vals (ids, pending->ids->data, pending->ids->len);
    }
  emb_query_model_set_hidden_ids (model, (const gint64 *)(gpointer)ids->data, ids->len);
}

static void
hide_in_models (EmbUndoQueue *self)
{
  g_autoptr(GPtrArray) models = g_ptr_array_new_with_free_func (g_object_unref);

  /* A model's change may make its view follow another: over a copy. */
  for (guint i = 0; i < self->models->len; i++)
    g_ptr_array_add (models, g_object_ref (g_ptr_array_index (self->models, i)));
  for (guint i = 0; i < models->len; i++)
    hide_in_model (self, g_ptr_array_index (models, i));
}

static void
model_weak_notify (gpointer  data,
                   GObject  *where_the_object_was)
{
  EmbUndoQueue *self = data;

  g_ptr_array_remove_fast (self->models, where_the_object_was);
}

/* Takes @pending out of the queue; the caller owns it then. */
static Pending *
take (EmbUndoQueue *self,
      Pending      *pending)
{
  return g_ptr_array_remove (self->pending, pending) ? pending : NULL;
}

static void
commit (EmbUndoQueue *self,
        Pending      *pending)
{
  g_autoptr(GError) error = NULL;
  gboolean done;

  done = pending->commit (self->database, (const gint64 *)(gpointer)pending->ids->data,
                          pending->ids->len, pending->user_data, &error);
  /* Carried out, they are gone and the models have nothing to bring back;
   * refused, they come back. */
  hide_in_models (self);
  if (done)
    return;

  /* The records show again, with the reason (logged when the view is
   * gone, as when the window closed while the toast showed). */
  if (pending->widget == NULL || emb_toast_find_overlay (pending->widget) == NULL)
    g_message ("Cannot delete: %s", error->message);
  else
    emb_toast_show_error (pending->widget, error);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The toast of @pending is gone: its Undo forgets the deletion, anything
 * else carries it out. */
static void
finish (Pending  *pending,
        gboolean  undo)
{
  EmbUndoQueue *self = pending->queue;
  Pending *taken = take (self, pending);

  if (taken == NULL)
    return;
  g_object_ref (self);
  if (undo)
    {
      hide_in_models (self);
      g_signal_emit (self, signals[CHANGED], 0);
      g_signal_emit (self, signals[UNDONE], 0, taken->kind, g_array_index (taken->ids, gint64, 0));
    }
  else
    commit (self, taken);
  pending_free (taken);
  g_object_unref (self);
}

static void
on_undo_clicked (AdwToast *toast,
                 Pending  *pending)
{
  finish (pending, TRUE);
}

static void
on_dismissed (AdwToast *toast,
              Pending  *pending)
{
  finish (pending, FALSE);
}

static void
emb_undo_queue_dispose (GObject *object)
{
  EmbUndoQueue *self = (EmbUndoQueue *)object;

  emb_undo_queue_flush (self);
  g_clear_weak_pointer (&self->last_toast);
  g_clear_object (&self->database);
  while (self->models->len > 0)
    {
      GObject *model = g_ptr_array_steal_index_fast (self->models, self->models->len - 1);

      g_object_weak_unref (model, model_weak_notify, self);
    }

  G_OBJECT_CLASS (emb_undo_queue_parent_class)->dispose (object);
}

static void
emb_undo_queue_finalize (GObject *object)
{
  EmbUndoQueue *self = (EmbUndoQueue *)object;

  g_ptr_array_unref (self->pending);
  g_ptr_array_unref (self->models);

  G_OBJECT_CLASS (emb_undo_queue_parent_class)->finalize (object);
}

static void
emb_undo_queue_class_init (EmbUndoQueueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = emb_undo_queue_dispose;
  object_class->finalize = emb_undo_queue_finalize;

  /**
   * EmbUndoQueue::changed:
   *
   * What is pending changed other than by a deletion the store carried
   * out (which the database reports itself): an Undo, or a refusal.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * EmbUndoQueue::undone:
   * @kind: the kind of the records
   * @id: the first of them
   *
   * A deletion was undone (after #EmbUndoQueue::changed), for a view that
   * shows the record again, selected.
   */
  signals[UNDONE] =
    g_signal_new ("undone",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT64);
}

static void
emb_undo_queue_init (EmbUndoQueue *self)
{
  self->pending = g_ptr_array_new ();
  self->models = g_ptr_array_new ();
}

/**
 * emb_undo_queue_new:
 * @database: where the deletions are carried out
 *
 * Returns: (transfer full): an empty queue
 */
EmbUndoQueue *
emb_undo_queue_new (EmbDatabase *database)
{
  EmbUndoQueue *self;

  g_return_val_if_fail (EMB_IS_DATABASE (database), NULL);

  self = g_object_new (EMB_TYPE_UNDO_QUEUE, NULL);
  self->database = g_object_ref (database);
  return self;
}

/**
 * emb_undo_queue_push:
 * @widget: the view; the toast shows where its toasts show
 * @kind: the kind of the records
 * @ids: (array length=n_ids): the records to delete
 * @n_ids: how many, at least one
 * @title: the toast's text, plain (not markup)
 * @commit: deletes them
 * @user_data: for @commit
 * @destroy: (nullable): frees @user_data
 *
 * Defers the deletion of @ids behind a toast with Undo. Where @widget has
 * no toast overlay (it is not in a window) the deletion is carried out at
 * once.
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL if carried out
 */
AdwToast *
emb_undo_queue_push (EmbUndoQueue      *self,
                     GtkWidget         *widget,
                     EmbRecordKind      kind,
                     const gint64      *ids,
                     guint              n_ids,
                     const char        *title,
                     EmbUndoCommitFunc  commit_func,
                     gpointer           user_data,
                     GDestroyNotify     destroy)
{
  g_autofree char *markup = NULL;
  Pending *pending;
  AdwToastOverlay *overlay;

  g_return_val_if_fail (EMB_IS_UNDO_QUEUE (self), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (ids != NULL && n_ids > 0, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (commit_func != NULL, NULL);

  pending = g_new0 (Pending, 1);
  pending->queue = self;
  pending->kind = kind;
  pending->ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n_ids);
  g_array_append_vals (pending->ids, ids, n_ids);
  g_set_weak_pointer (&pending->widget, widget);
  pending->commit = commit_func;
  pending->user_data = user_data;
  pending->destroy = destroy;

  overlay = emb_toast_find_overlay (widget);
  if (overlay == NULL)
    {
      commit (self, pending);
      pending_free (pending);
      return NULL;
    }

  markup = g_markup_escape_text (title, -1);
  pending->toast = adw_toast_new (markup);
  adw_toast_set_button_label (pending->toast, _("_Undo"));
  /* Normal priority: it waits behind a toast already shown. A high-priority
   * toast pushes that one aside, and libadwaita 1.2 aborts when it is
   * dismissed (a flush, a quick Undo) before the other finished hiding. */
  adw_toast_set_priority (pending->toast, ADW_TOAST_PRIORITY_NORMAL);
  g_signal_connect (pending->toast, "button-clicked", G_CALLBACK (on_undo_clicked), pending);
  g_signal_connect (pending->toast, "dismissed", G_CALLBACK (on_dismissed), pending);
  g_ptr_array_add (self->pending, pending);
  g_set_weak_pointer (&self->last_toast, pending->toast);
  g_set_weak_pointer (&pending->overlay, overlay);
  hide_in_models (self);

  adw_toast_overlay_add_toast (overlay, g_object_ref (pending->toast));
  return pending->toast;
}

/* The user data of a deletion pushed with emb_undo_queue_push_one() */
typedef struct
{
  EmbUndoDeleteFunc func;
} DeleteEach;

static gboolean
commit_each (EmbDatabase   *database,
             const gint64  *ids,
             guint          n_ids,
             gpointer       user_data,
             GError       **error)
{
  DeleteEach *delete_each = user_data;

  for (guint i = 0; i < n_ids; i++)
    if (!delete_each->func (database, ids[i], error))
      return FALSE;
  return TRUE;
}

/**
 * emb_undo_queue_push_one:
 * @widget: the view; the toast shows where its toasts show
 * @kind: the kind of the record
 * @id: the record to delete
 * @title: the toast's text, plain (not markup)
 * @delete_func: the store's deletion of one record
 *
 * As emb_undo_queue_push(), for a view that deletes one record at a time
 * with a store function that takes its id (called again for each record
 * that emb_undo_queue_extend() adds, until one is refused).
 *
 * Returns: (transfer none) (nullable): the toast, or %NULL if carried out
 */
AdwToast *
emb_undo_queue_push_one (EmbUndoQueue      *self,
                         GtkWidget         *widget,
                         EmbRecordKind      kind,
                         gint64             id,
                         const char        *title,
                         EmbUndoDeleteFunc  delete_func)
{
  DeleteEach *delete_each;

  g_return_val_if_fail (delete_func != NULL, NULL);

  delete_each = g_new (DeleteEach, 1);
  delete_each->func = delete_func;
  return emb_undo_queue_push (self, widget, kind, &id, 1, title, commit_each, delete_each, g_free);
}

/**
 * emb_undo_queue_contains:
 *
 * Returns: whether the record @id of @kind waits to be deleted (and so must
 *   not be shown)
 */
gboolean
emb_undo_queue_contains (EmbUndoQueue  *self,
                         EmbRecordKind  kind,
                         gint64         id)
{
  g_return_val_if_fail (EMB_IS_UNDO_QUEUE (self), FALSE);

  for (guint i = 0; i < self->pending->len; i++)
    {
      Pending *pending = g_ptr_array_index (self->pending, i);

      if (pending->kind != kind)
        continue;
      for (guint j = 0; j < pending->ids->len; j++)
        if (g_array_index (pending->ids, gint64, j) == id)
          return TRUE;
    }
  return FALSE;
}

/**
 * emb_undo_queue_follow_model:
 * @model: a lazy list model (#EmbQueryModel) that the view shows
 *
 * Leaves the records of @model's kind that wait for their deletion out of
 * @model (see emb_query_model_set_hidden_ids()), at once and whenever that
 * changes: a deletion, an Undo, a deletion refused; for as long as both
 * exist. Following a model twice is following it once.
 */
void
emb_undo_queue_follow_model (EmbUndoQueue *self,
                             GListModel   *model)
{
  g_return_if_fail (EMB_IS_UNDO_QUEUE (self));
  g_return_if_fail (EMB_IS_QUERY_MODEL (model));

  if (!g_ptr_array_find (self->models, model, NULL))
    {
      g_ptr_array_add (self->models, model);
      g_object_weak_ref (G_OBJECT (model), model_weak_notify, self);
    }
  hide_in_model (self, EMB_QUERY_MODEL (model));
}

/**
 * emb_undo_queue_get_n_pending:
 *
 * Returns: how many deletions wait
 */
guint
emb_undo_queue_get_n_pending (EmbUndoQueue *self)
{
  g_return_val_if_fail (EMB_IS_UNDO_QUEUE (self), 0);

  return self->pending->len;
}

/**
 * emb_undo_queue_get_last_toast:
 *
 * Returns: (transfer none) (nullable): the toast of the last deletion, while
 *   it exists
 */
AdwToast *
emb_undo_queue_get_last_toast (EmbUndoQueue *self)
{
  g_return_val_if_fail (EMB_IS_UNDO_QUEUE (self), NULL);

  return self->last_toast;
}

static Pending *
find_by_toast (EmbUndoQueue *self,
               AdwToast     *toast)
{
  for (guint i = 0; toast != NULL && i < self->pending->len; i++)
    {
      Pending *pending = g_ptr_array_index (self->pending, i);

      if (pending->toast == toast)
        return pending;
    }
  return NULL;
}

/**
 * emb_undo_queue_get_n_ids:
 * @toast: (nullable): a toast returned by emb_undo_queue_push()
 *
 * Returns: how many records wait behind @toast, 0 once it is gone
 */
guint
emb_undo_queue_get_n_ids (EmbUndoQueue *self,
                          AdwToast     *toast)
{
  Pending *pending;

  g_return_val_if_fail (EMB_IS_UNDO_QUEUE (self), 0);

  pending = find_by_toast (self, toast);
  return pending != NULL ? pending->ids->len : 0;
}

/**
 * emb_undo_queue_extend:
 * @toast: a toast returned by emb_undo_queue_push()
 * @ids: (array length=n_ids): more records of the same kind to delete
 * @n_ids: how many, at least one
 * @title: the toast's new text, plain (not markup)
 *
 * Adds @ids to the deletion behind @toast while it still shows, so that
 * deletions made one after another share one toast: its Undo brings them
 * all back, and they are deleted together.
 *
 * Returns: whether @toast was still pending; if not, nothing is done (push
 *   a new deletion instead)
 */
gboolean
emb_undo_queue_extend (EmbUndoQueue *self,
                       AdwToast     *toast,
                       const gint64 *ids,
                       guint         n_ids,
                       const char   *title)
{
  g_autofree char *markup = NULL;
  Pending *pending;

  g_return_val_if_fail (EMB_IS_UNDO_QUEUE (self), FALSE);
  g_return_val_if_fail (ids != NULL && n_ids > 0, FALSE);
  g_return_val_if_fail (title != NULL, FALSE);

  pending = find_by_toast (self, toast);
  if (pending == NULL)
    return FALSE;

  g_array_append_vals (pending->ids, ids, n_ids);
  markup = g_markup_escape_text (title, -1);
  adw_toast_set_title (pending->toast, markup);
  hide_in_models (self);
  return TRUE;
}

/**
 * emb_undo_queue_flush_kind:
 * @kind: a kind of record, or %EMB_RECORD_KIND_ANY for all
 *
 * Carries out the waiting deletions of @kind now, oldest first, and
 * withdraws their toasts: for a step that must not meet records that are
 * gone but for their toast.
 */
void
emb_undo_queue_flush_kind (EmbUndoQueue  *self,
                           EmbRecordKind  kind)
{
  g_return_if_fail (EMB_IS_UNDO_QUEUE (self));

  g_object_ref (self);
  for (guint i = 0; i < self->pending->len;)
    {
      Pending *pending = g_ptr_array_index (self->pending, i);

      if (kind != EMB_RECORD_KIND_ANY && pending->kind != kind)
        {
          i++;
          continue;
        }

      g_ptr_array_remove_index (self->pending, i);
      /* Withdrawing the toast must not commit it a second time; one that
       * is still coming in goes once it is in (see emb-toast.c). */
      g_signal_handlers_disconnect_by_data (pending->toast, pending);
      emb_toast_withdraw (pending->overlay, pending->toast);
      commit (self, pending);
      pending_free (pending);
    }
  g_object_unref (self);
}

/**
 * emb_undo_queue_flush:
 *
 * Carries out every waiting deletion now, oldest first, and withdraws the
 * toasts.
 */
void
emb_undo_queue_flush (EmbUndoQueue *self)
{
  emb_undo_queue_flush_kind (self, EMB_RECORD_KIND_ANY);
}
