/* emb-staff-view.c: the base class of the views of the staff window
 *
 * A view of the staff window (Me, To acknowledge, …) reads and writes only
 * through the signed-in person's EmbStaffSession, its "session" property,
 * which the staff home sets on every view of its stack. The "database" is
 * there only to hear of changes (made here or by another process on the
 * same file): the view then reloads once, while it is shown, through the
 * shared EmbRefresher. Setting the session to NULL empties the view at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-view"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-refresher.h"
#include "emb-staff-view.h"

typedef struct
{
  EmbStaffSession *session;
  EmbRefresher    *refresher;
} EmbStaffViewPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (EmbStaffView, emb_staff_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
refresh_cb (GtkWidget *widget)
{
  EmbStaffView *self = EMB_STAFF_VIEW (widget);

  if (EMB_STAFF_VIEW_GET_CLASS (self)->refresh != NULL)
    EMB_STAFF_VIEW_GET_CLASS (self)->refresh (self);
}

EmbStaffSession *
emb_staff_view_get_session (EmbStaffView *self)
{
  EmbStaffViewPrivate *priv = emb_staff_view_get_instance_private (self);

  g_return_val_if_fail (EMB_IS_STAFF_VIEW (self), NULL);

  return priv->session;
}

/**
 * emb_staff_view_set_session:
 * @session: (nullable): the signed-in person's session, or %NULL to empty
 *   the view
 */
void
emb_staff_view_set_session (EmbStaffView    *self,
                            EmbStaffSession *session)
{
  EmbStaffViewPrivate *priv = emb_staff_view_get_instance_private (self);

  g_return_if_fail (EMB_IS_STAFF_VIEW (self));
  g_return_if_fail (session == NULL || EMB_IS_STAFF_SESSION (session));

  if (!g_set_object (&priv->session, session))
    return;

  /* Nothing of a previous person may stay on screen until the next idle. */
  if (session == NULL)
    refresh_cb (GTK_WIDGET (self));
  else
    emb_refresher_queue (priv->refresher);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}

EmbDatabase *
emb_staff_view_get_database (EmbStaffView *self)
{
  EmbStaffViewPrivate *priv = emb_staff_view_get_instance_private (self);

  g_return_val_if_fail (EMB_IS_STAFF_VIEW (self), NULL);

  return emb_refresher_get_database (priv->refresher);
}

void
emb_staff_view_set_database (EmbStaffView *self,
                             EmbDatabase  *database)
{
  EmbStaffViewPrivate *priv = emb_staff_view_get_instance_private (self);

  g_return_if_fail (EMB_IS_STAFF_VIEW (self));

  if (emb_refresher_get_database (priv->refresher) == database)
    return;

  emb_refresher_set_database (priv->refresher, database);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * emb_staff_view_refresh_now:
 *
 * Reloads at once if the view is shown (after a change made in it),
 * otherwise when it is shown next.
 */
void
emb_staff_view_refresh_now (EmbStaffView *self)
{
  EmbStaffViewPrivate *priv = emb_staff_view_get_instance_private (self);

  g_return_if_fail (EMB_IS_STAFF_VIEW (self));

  emb_refresher_refresh_now (priv->refresher);
}

gboolean
emb_staff_view_is_refresh_pending (EmbStaffView *self)
{
  EmbStaffViewPrivate *priv = emb_staff_view_get_instance_private (self);

  g_return_val_if_fail (EMB_IS_STAFF_VIEW (self), FALSE);

  return emb_refresher_is_pending (priv->refresher);
}

guint
emb_staff_view_get_n_refreshes (EmbStaffView *self)
{
  EmbStaffViewPrivate *priv = emb_staff_view_get_instance_private (self);

  g_return_val_if_fail (EMB_IS_STAFF_VIEW (self), 0);

  return emb_refresher_get_n_refreshes (priv->refresher);
}

/**
 * emb_staff_view_clear_box:
 * @box: a #GtkBox or a #GtkListBox
 *
 * Removes every child of @box, so the rows of a reload replace the last.
 */
void
emb_staff_view_clear_box (GtkWidget *box)
{
  GtkListBoxRow *row;
  GtkWidget *child;

  /* A list box keeps its placeholder. */
  if (GTK_IS_LIST_BOX (box))
    {
      while ((row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (box), 0)) != NULL)
        gtk_list_box_remove (GTK_LIST_BOX (box), GTK_WIDGET (row));
      return;
    }
  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

/**
 * emb_staff_event_is_activity:
 *
 * Returns: whether @event is a person using the staff window (a key, the
 *   pointer, a touch), which puts off the idle sign-out
 */
gboolean
emb_staff_event_is_activity (GdkEvent *event)
{
  switch ((int)gdk_event_get_event_type (event))
    {
    case GDK_KEY_PRESS:
    case GDK_KEY_RELEASE:
    case GDK_BUTTON_PRESS:
    case GDK_BUTTON_RELEASE:
    case GDK_MOTION_NOTIFY:
    case GDK_SCROLL:
    case GDK_TOUCH_BEGIN:
    case GDK_TOUCH_UPDATE:
    case GDK_TOUCH_END:
    case GDK_TOUCHPAD_SWIPE:
    case GDK_TOUCHPAD_PINCH:
      return TRUE;

    default:
      return FALSE;
    }
}

static void
emb_staff_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  EmbStaffView *self = EMB_STAFF_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, emb_staff_view_get_session (self));
      break;

    case PROP_DATABASE:
      g_value_set_object (value, emb_staff_view_get_database (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_staff_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  EmbStaffView *self = EMB_STAFF_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      emb_staff_view_set_session (self, g_value_get_object (value));
      break;

    case PROP_DATABASE:
      emb_staff_view_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_staff_view_dispose (GObject *object)
{
  EmbStaffView *self = (EmbStaffView *)object;
  EmbStaffViewPrivate *priv = emb_staff_view_get_instance_private (self);

  g_clear_object (&priv->refresher);
  g_clear_object (&priv->session);

  G_OBJECT_CLASS (emb_staff_view_parent_class)->dispose (object);
}

static void
emb_staff_view_class_init (EmbStaffViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = emb_staff_view_get_property;
  object_class->set_property = emb_staff_view_set_property;
  object_class->dispose = emb_staff_view_dispose;

  /**
   * EmbStaffView:session:
   *
   * The signed-in person's session, through which the view reads and
   * writes; %NULL empties the view.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL,
                         EMB_TYPE_STAFF_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * EmbStaffView:database:
   *
   * The database whose changes the view follows (it reads nothing from it).
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         EMB_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
emb_staff_view_init (EmbStaffView *self)
{
  EmbStaffViewPrivate *priv = emb_staff_view_get_instance_private (self);

  priv->refresher = emb_refresher_new (GTK_WIDGET (self), refresh_cb);
}
