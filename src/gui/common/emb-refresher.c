/* emb-refresher.c: one coalesced refresh of a view when its data changes
 *
 * Every view that shows data follows the same rule: when the database says
 * that a kind of record it shows has changed (here or in another process on
 * the same file), it reloads once, after all the changes of that turn of the
 * main loop, and only while it is shown. A view that is not mapped keeps a
 * note and reloads when it is mapped again; the first load also waits for the
 * map, so a page that is never opened never reads anything.
 *
 * The lazy list models a view shows (EmbQueryModel) follow their records by
 * themselves; the view hands them to its refresher
 * (emb_refresher_follow_model()), which pauses them while the view is not
 * mapped, so that they read nothing either, and resumes them when it is
 * mapped again (each counts once, if its records changed meanwhile).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-refresher"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-query-model.h"
#include "emb-refresher.h"

struct _EmbRefresher
{
  GObject         parent_instance;

  GtkWidget      *widget;      /* weak: the widget owns us */
  EmbRefreshFunc  refresh;
  EmbChangeFunc   change_func;
  EmbDatabase    *database;
  gulong          changed_id;
  guint64         watched;     /* bits by EmbRecordKind; 0 is every kind */
  guint           idle_id;
  guint           n_refreshes;
  gboolean        pending;
  GPtrArray      *models;      /* EmbQueryModel, weak */
};

G_DEFINE_FINAL_TYPE (EmbRefresher, emb_refresher, G_TYPE_OBJECT)

#define KIND_BIT(kind) (G_GUINT64_CONSTANT (1) << (guint)(kind))

static gboolean
refresh_idle_cb (gpointer user_data)
{
  EmbRefresher *self = user_data;

  self->idle_id = 0;
  if (self->widget == NULL || !gtk_widget_get_mapped (self->widget))
    return G_SOURCE_REMOVE;

  self->pending = FALSE;
  self->n_refreshes++;
  self->refresh (self->widget);
  return G_SOURCE_REMOVE;
}

static void
schedule (EmbRefresher *self)
{
  if (self->idle_id != 0 || self->widget == NULL || !gtk_widget_get_mapped (self->widget))
    return;

  /* Once the changes of this turn of the main loop are all in, at the
   * priority of ordinary events: an idle below the redraw waits behind
   * every D-Bus message and layout pass (seconds, under load, while the
   * accessibility bus wakes up) and leaves a page showing nothing. The
   * window's first frame does not wait for it: the first page is made
   * after that frame. */
  self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT, refresh_idle_cb,
                                   g_object_ref (self), g_object_unref);
}

static void
pause_models (EmbRefresher *self,
              gboolean      paused)
{
  g_autoptr(GPtrArray) models = g_ptr_array_new_with_free_func (g_object_unref);

  /* Resuming a model emits its change, which may make the view follow
   * another: the loop goes over a copy. */
  for (guint i = 0; i < self->models->len; i++)
    g_ptr_array_add (models, g_object_ref (g_ptr_array_index (self->models, i)));
  for (guint i = 0; i < models->len; i++)
    emb_query_model_set_paused (g_ptr_array_index (models, i), paused);
}

static void
on_map (EmbRefresher *self)
{
  pause_models (self, FALSE);
  if (self->pending)
    schedule (self);
}

static void
on_unmap (EmbRefresher *self)
{
  g_clear_handle_id (&self->idle_id, g_source_remove);
  pause_models (self, TRUE);
}

static void
model_weak_notify (gpointer  data,
                   GObject  *where_the_object_was)
{
  EmbRefresher *self = data;

  g_ptr_array_remove_fast (self->models, where_the_object_was);
}

static gboolean
is_watched (EmbRefresher  *self,
            EmbRecordKind  kind)
{
  /* A change made by another process is reported without a kind. */
  return self->watched == 0 || kind == EMB_RECORD_KIND_ANY || (self->watched & KIND_BIT (kind)) != 0;
}

static void
on_database_changed (EmbRefresher *self,
                     int           kind,
                     int           change,
                     gint64        id)
{
  if (!is_watched (self, kind) || self->widget == NULL)
    return;

  if (self->change_func != NULL)
    self->change_func (self->widget, kind, change, id);
  emb_refresher_queue (self);
}

static void
weak_notify (gpointer  data,
             GObject  *where_the_object_was)
{
  EmbRefresher *self = data;

  self->widget = NULL;
  g_clear_handle_id (&self->idle_id, g_source_remove);
}

static void
emb_refresher_dispose (GObject *object)
{
  EmbRefresher *self = (EmbRefresher *)object;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  emb_refresher_set_database (self, NULL);
  if (self->widget != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->widget, self);
      g_object_weak_unref (G_OBJECT (self->widget), weak_notify, self);
      self->widget = NULL;
    }
  while (self->models->len > 0)
    {
      GObject *model = g_ptr_array_steal_index_fast (self->models, self->models->len - 1);

      g_object_weak_unref (model, model_weak_notify, self);
    }

  G_OBJECT_CLASS (emb_refresher_parent_class)->dispose (object);
}

static void
emb_refresher_finalize (GObject *object)
{
  EmbRefresher *self = (EmbRefresher *)object;

  g_ptr_array_unref (self->models);

  G_OBJECT_CLASS (emb_refresher_parent_class)->finalize (object);
}

static void
emb_refresher_class_init (EmbRefresherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = emb_refresher_dispose;
  object_class->finalize = emb_refresher_finalize;
}

static void
emb_refresher_init (EmbRefresher *self)
{
  /* Nothing is loaded yet: the first map loads. */
  self->pending = TRUE;
  self->models = g_ptr_array_new ();
}

/**
 * emb_refresher_new:
 * @widget: the view; it owns the refresher and must outlive its use
 * @refresh: reloads @widget
 *
 * Returns: (transfer full): a refresher that watches every kind of record
 *   until emb_refresher_watch() narrows it
 */
EmbRefresher *
emb_refresher_new (GtkWidget      *widget,
                   EmbRefreshFunc  refresh)
{
  EmbRefresher *self;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (refresh != NULL, NULL);

  self = g_object_new (EMB_TYPE_REFRESHER, NULL);
  self->widget = widget;
  self->refresh = refresh;
  g_object_weak_ref (G_OBJECT (widget), weak_notify, self);
  g_signal_connect_swapped (widget, "map", G_CALLBACK (on_map), self);
  g_signal_connect_swapped (widget, "unmap", G_CALLBACK (on_unmap), self);
  return self;
}

/**
 * emb_refresher_set_database:
 * @database: (nullable): the database whose changes to follow
 *
 * Follows @database; a new database means everything is loaded again.
 */
void
emb_refresher_set_database (EmbRefresher *self,
                            EmbDatabase  *database)
{
  g_return_if_fail (EMB_IS_REFRESHER (self));
  g_return_if_fail (database == NULL || EMB_IS_DATABASE (database));

  if (self->database == database)
    return;

  if (self->database != NULL)
    g_clear_signal_handler (&self->changed_id, self->database);
  g_set_object (&self->database, database);
  if (database != NULL)
    {
      self->changed_id = g_signal_connect_swapped (database, "changed",
                                                   G_CALLBACK (on_database_changed), self);
      emb_refresher_queue (self);
    }
}

/**
 * emb_refresher_get_database:
 *
 * Returns: (transfer none) (nullable): the database followed
 */
EmbDatabase *
emb_refresher_get_database (EmbRefresher *self)
{
  g_return_val_if_fail (EMB_IS_REFRESHER (self), NULL);

  return self->database;
}

/**
 * emb_refresher_watch:
 * @kind: a kind of record the view shows
 *
 * Narrows the changes that cause a refresh to the kinds watched. Changes
 * made by another process, which carry no kind, always count.
 */
void
emb_refresher_watch (EmbRefresher  *self,
                     EmbRecordKind  kind)
{
  g_return_if_fail (EMB_IS_REFRESHER (self));
  g_return_if_fail ((guint)kind < 64);

  if (kind != EMB_RECORD_KIND_ANY)
    self->watched |= KIND_BIT (kind);
}

/**
 * emb_refresher_set_change_func:
 * @func: (nullable): sees each change notice of a watched kind
 *
 * For a view that must act on one change (the record it edits was deleted)
 * before it reloads.
 */
void
emb_refresher_set_change_func (EmbRefresher  *self,
                               EmbChangeFunc  func)
{
  g_return_if_fail (EMB_IS_REFRESHER (self));

  self->change_func = func;
}

/**
 * emb_refresher_queue:
 *
 * Asks for one refresh: soon if the view is shown, when it is shown next
 * otherwise. Any number of calls before it runs make one refresh.
 */
void
emb_refresher_queue (EmbRefresher *self)
{
  g_return_if_fail (EMB_IS_REFRESHER (self));

  self->pending = TRUE;
  schedule (self);
}

/**
 * emb_refresher_refresh_now:
 *
 * Refreshes at once if the view is shown (a queued refresh is then not
 * needed any more), as after an Undo that must show the records again
 * without a moment's gap; otherwise the same as emb_refresher_queue().
 */
void
emb_refresher_refresh_now (EmbRefresher *self)
{
  g_return_if_fail (EMB_IS_REFRESHER (self));

  if (self->widget == NULL || !gtk_widget_get_mapped (self->widget))
    {
      emb_refresher_queue (self);
      return;
    }

  g_clear_handle_id (&self->idle_id, g_source_remove);
  self->pending = FALSE;
  self->n_refreshes++;
  self->refresh (self->widget);
}

/**
 * emb_refresher_follow_model:
 * @model: a lazy list model (#EmbQueryModel) that the view shows
 *
 * Pauses @model while the view is not mapped and resumes it when it is
 * (see #EmbQueryModel:paused), for as long as both exist; following a model
 * twice is following it once.
 */
void
emb_refresher_follow_model (EmbRefresher *self,
                            GListModel   *model)
{
  g_return_if_fail (EMB_IS_REFRESHER (self));
  g_return_if_fail (EMB_IS_QUERY_MODEL (model));

  if (!g_ptr_array_find (self->models, model, NULL))
    {
      g_ptr_array_add (self->models, model);
      g_object_weak_ref (G_OBJECT (model), model_weak_notify, self);
    }
  emb_query_model_set_paused (EMB_QUERY_MODEL (model),
                              self->widget == NULL || !gtk_widget_get_mapped (self->widget));
}

/**
 * emb_refresher_is_pending:
 *
 * Returns: whether a refresh is waiting (for the idle, or for the map)
 */
gboolean
emb_refresher_is_pending (EmbRefresher *self)
{
  g_return_val_if_fail (EMB_IS_REFRESHER (self), FALSE);

  return self->pending;
}

/**
 * emb_refresher_get_n_refreshes:
 *
 * Returns: how many refreshes ran, for tests
 */
guint
emb_refresher_get_n_refreshes (EmbRefresher *self)
{
  g_return_val_if_fail (EMB_IS_REFRESHER (self), 0);

  return self->n_refreshes;
}
