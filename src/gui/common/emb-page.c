/* emb-page.c: the base class of the pages of a window
 *
 * What every page needs, once:
 *
 *  - the database, a construct-only property;
 *  - a refresh when the kinds of records it shows change (the class names
 *    them with emb_page_class_watch()), coalesced, and only while the page is
 *    shown: a page that is not shown loads nothing and catches up when it is
 *    mapped (see EmbRefresher);
 *  - toasts in the nearest overlay (emb_page_add_toast(), emb_page_show_error());
 *  - an undo queue for deletions (emb_page_get_undo_queue()), flushed when
 *    the page goes away; an Undo or a refused deletion refreshes the page;
 *  - the dialogs it opens, made transient and modal, and closed with it;
 *  - the lazy list models it shows (emb_page_follow_model()): paused while
 *    the page is not shown, and without the records waiting behind its Undo
 *    toasts.
 *
 * A subclass implements EmbPageClass.refresh and, if it must act on one
 * change (the record it edits was deleted), EmbPageClass.database_changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-page"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-page.h"
#include "emb-refresher.h"
#include "emb-toast.h"

typedef struct
{
  EmbDatabase  *database;
  EmbRefresher *refresher;
  EmbUndoQueue *undo_queue;
  GPtrArray    *dialogs;     /* GtkWindow, weak */
} EmbPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (EmbPage, emb_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
refresh_cb (GtkWidget *widget)
{
  EmbPage *self = EMB_PAGE (widget);
  EmbPagePrivate *priv = emb_page_get_instance_private (self);

  /* A page made without a database has nothing to show. */
  if (priv->database != NULL && EMB_PAGE_GET_CLASS (self)->refresh != NULL)
    EMB_PAGE_GET_CLASS (self)->refresh (self);
}

static void
change_cb (GtkWidget     *widget,
           EmbRecordKind  kind,
           EmbChangeType  change,
           gint64         id)
{
  EmbPage *self = EMB_PAGE (widget);

  if (EMB_PAGE_GET_CLASS (self)->database_changed != NULL)
    EMB_PAGE_GET_CLASS (self)->database_changed (self, kind, change, id);
}

static void
on_dialog_destroyed (gpointer  data,
                     GObject  *where_the_object_was)
{
  EmbPage *self = data;
  EmbPagePrivate *priv = emb_page_get_instance_private (self);

  g_ptr_array_remove (priv->dialogs, where_the_object_was);
}

static void
emb_page_constructed (GObject *object)
{
  EmbPage *self = (EmbPage *)object;
  EmbPagePrivate *priv = emb_page_get_instance_private (self);
  EmbPageClass *klass = EMB_PAGE_GET_CLASS (self);

  G_OBJECT_CLASS (emb_page_parent_class)->constructed (object);

  priv->refresher = emb_refresher_new (GTK_WIDGET (self), refresh_cb);
  for (guint kind = 1; kind < 64; kind++)
    if ((klass->watched_kinds & (G_GUINT64_CONSTANT (1) << kind)) != 0)
      emb_refresher_watch (priv->refresher, kind);
  emb_refresher_set_change_func (priv->refresher, change_cb);
  emb_refresher_set_database (priv->refresher, priv->database);
}

static void
emb_page_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  EmbPage *self = EMB_PAGE (object);
  EmbPagePrivate *priv = emb_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, priv->database);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_page_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  EmbPage *self = EMB_PAGE (object);
  EmbPagePrivate *priv = emb_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_DATABASE:
      priv->database = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_page_dispose (GObject *object)
{
  EmbPage *self = (EmbPage *)object;
  EmbPagePrivate *priv = emb_page_get_instance_private (self);

  emb_page_close_dialogs (self);
  /* The subclass is torn down already: the change notices of the deletions
   * below must not reach it. */
  g_clear_object (&priv->refresher);
  /* Deletions still offering Undo are carried out. */
  if (priv->undo_queue != NULL)
    {
      g_signal_handlers_disconnect_by_data (priv->undo_queue, self);
      emb_undo_queue_flush (priv->undo_queue);
      g_clear_object (&priv->undo_queue);
    }
  g_clear_object (&priv->database);

  G_OBJECT_CLASS (emb_page_parent_class)->dispose (object);
}

static void
emb_page_finalize (GObject *object)
{
  EmbPage *self = (EmbPage *)object;
  EmbPagePrivate *priv = emb_page_get_instance_private (self);

  g_ptr_array_unref (priv->dialogs);

  G_OBJECT_CLASS (emb_page_parent_class)->finalize (object);
}

static void
emb_page_class_init (EmbPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = emb_page_constructed;
  object_class->get_property = emb_page_get_property;
  object_class->set_property = emb_page_set_property;
  object_class->dispose = emb_page_dispose;
  object_class->finalize = emb_page_finalize;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_page_init (EmbPage *self)
{
  EmbPagePrivate *priv = emb_page_get_instance_private (self);

  priv->dialogs = g_ptr_array_new ();
}

/**
 * emb_page_class_watch:
 * @page_class: a page class, in its class_init
 * @first_kind: a kind of record the page shows
 * @...: more kinds, ending with -1
 *
 * Names the kinds of records whose changes refresh the pages of the class.
 * A class that names none is refreshed by every change.
 */
void
emb_page_class_watch (EmbPageClass  *page_class,
                      EmbRecordKind  first_kind,
                      ...)
{
  va_list args;
  int kind;

  g_return_if_fail (EMB_IS_PAGE_CLASS (page_class));

  va_start (args, first_kind);
  for (kind = first_kind; kind >= 0; kind = va_arg (args, int))
    {
      g_return_if_fail (kind < 64);
      page_class->watched_kinds |= G_GUINT64_CONSTANT (1) << kind;
    }
  va_end (args);
}

/**
 * emb_page_get_database:
 *
 * Returns: (transfer none): the database the page shows
 */
EmbDatabase *
emb_page_get_database (EmbPage *self)
{
  EmbPagePrivate *priv = emb_page_get_instance_private (self);

  g_return_val_if_fail (EMB_IS_PAGE (self), NULL);

  return priv->database;
}

/**
 * emb_page_queue_refresh:
 *
 * Asks for a refresh: soon while the page is shown, when it is shown next
 * otherwise; many requests make one refresh.
 */
void
emb_page_queue_refresh (EmbPage *self)
{
  EmbPagePrivate *priv = emb_page_get_instance_private (self);

  g_return_if_fail (EMB_IS_PAGE (self));

  if (priv->refresher != NULL)
    emb_refresher_queue (priv->refresher);
}

/**
 * emb_page_get_n_refreshes:
 *
 * Returns: how many times the page was refreshed through the base class
 */
guint
emb_page_get_n_refreshes (EmbPage *self)
{
  EmbPagePrivate *priv = emb_page_get_instance_private (self);

  g_return_val_if_fail (EMB_IS_PAGE (self), 0);

  return priv->refresher != NULL ? emb_refresher_get_n_refreshes (priv->refresher) : 0;
}

/**
 * emb_page_is_refresh_pending:
 *
 * Returns: whether a refresh waits to run (for its idle, or for the page to
 *   be shown), so that what the page shows may be behind the database; a
 *   test waits for %FALSE after a change
 */
gboolean
emb_page_is_refresh_pending (EmbPage *self)
{
  EmbPagePrivate *priv = emb_page_get_instance_private (self);

  g_return_val_if_fail (EMB_IS_PAGE (self), FALSE);

  return priv->refresher != NULL && emb_refresher_is_pending (priv->refresher);
}

/**
 * emb_page_add_toast:
 * @toast: (transfer full): a toast
 *
 * Returns: whether it shows (a page outside a window has nowhere to show it)
 */
gboolean
emb_page_add_toast (EmbPage  *self,
                    AdwToast *toast)
{
  g_return_val_if_fail (EMB_IS_PAGE (self), FALSE);

  return emb_toast_add (GTK_WIDGET (self), toast);
}

/**
 * emb_page_show_error:
 *
 * Shows the message of @error in a toast.
 */
void
emb_page_show_error (EmbPage      *self,
                     const GError *error)
{
  g_return_if_fail (EMB_IS_PAGE (self));

  emb_toast_show_error (GTK_WIDGET (self), error);
}

static void
on_undo_queue_changed (EmbPage *self)
{
  EmbPagePrivate *priv = emb_page_get_instance_private (self);

  /* The records come back at once, as the Undo button promised. */
  if (priv->refresher != NULL)
    emb_refresher_refresh_now (priv->refresher);
}

/**
 * emb_page_get_undo_queue:
 *
 * Returns: (transfer none): the page's deletions waiting behind an Undo
 *   toast; a page asks it which records not to show
 */
EmbUndoQueue *
emb_page_get_undo_queue (EmbPage *self)
{
  EmbPagePrivate *priv = emb_page_get_instance_private (self);

  g_return_val_if_fail (EMB_IS_PAGE (self), NULL);
  g_return_val_if_fail (priv->database != NULL, NULL);

  if (priv->undo_queue == NULL)
    {
      priv->undo_queue = emb_undo_queue_new (priv->database);
      g_signal_connect_swapped (priv->undo_queue, "changed",
                                G_CALLBACK (on_undo_queue_changed), self);
    }
  return priv->undo_queue;
}

/**
 * emb_page_follow_model:
 * @model: a lazy list model (#EmbQueryModel) the page shows, made by a
 *   store's query
 *
 * Makes @model follow the page's rules, for as long as it lives: it is
 * paused while the page is not shown (it reads nothing, and counts again
 * once when the page is shown, if its records changed), and the records of
 * its kind that wait behind the page's Undo toasts are left out of it, count
 * included, until they are deleted or come back. Call it for every lazy
 * model the page makes.
 */
void
emb_page_follow_model (EmbPage    *self,
                       GListModel *model)
{
  EmbPagePrivate *priv = emb_page_get_instance_private (self);

  g_return_if_fail (EMB_IS_PAGE (self));
  g_return_if_fail (G_IS_LIST_MODEL (model));

  if (priv->refresher != NULL)
    emb_refresher_follow_model (priv->refresher, model);
  if (priv->database != NULL)
    emb_undo_queue_follow_model (emb_page_get_undo_queue (self), model);
}

/**
 * emb_page_present_dialog:
 * @dialog: a new dialog
 *
 * Shows @dialog modal over the page's window; it closes with the page.
 */
void
emb_page_present_dialog (EmbPage   *self,
                         GtkWindow *dialog)
{
  EmbPagePrivate *priv = emb_page_get_instance_private (self);
  GtkRoot *root;

  g_return_if_fail (EMB_IS_PAGE (self));
  g_return_if_fail (GTK_IS_WINDOW (dialog));

  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
  gtk_window_set_modal (dialog, TRUE);
  gtk_window_set_destroy_with_parent (dialog, TRUE);

  g_ptr_array_add (priv->dialogs, dialog);
  g_object_weak_ref (G_OBJECT (dialog), on_dialog_destroyed, self);
  gtk_window_present (dialog);
}

/**
 * emb_page_get_dialog:
 *
 * Returns: (transfer none) (nullable): the dialog the page opened last,
 *   while it is open
 */
GtkWindow *
emb_page_get_dialog (EmbPage *self)
{
  EmbPagePrivate *priv = emb_page_get_instance_private (self);

  g_return_val_if_fail (EMB_IS_PAGE (self), NULL);

  return priv->dialogs->len > 0 ? g_ptr_array_index (priv->dialogs, priv->dialogs->len - 1) : NULL;
}

/**
 * emb_page_close_dialogs:
 *
 * Closes every dialog the page opened.
 */
void
emb_page_close_dialogs (EmbPage *self)
{
  EmbPagePrivate *priv = emb_page_get_instance_private (self);

  g_return_if_fail (EMB_IS_PAGE (self));

  while (priv->dialogs->len > 0)
    {
      GtkWindow *dialog = g_ptr_array_steal_index (priv->dialogs, priv->dialogs->len - 1);

      g_object_weak_unref (G_OBJECT (dialog), on_dialog_destroyed, self);
      gtk_window_destroy (dialog);
    }
}
