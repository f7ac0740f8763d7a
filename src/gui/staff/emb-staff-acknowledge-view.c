/* emb-staff-acknowledge-view.c: "To acknowledge": what waits for me, what I acknowledged
 *
 * The published promise versions of my touchpoints or role, the current
 * values and the announcements addressed to me that I have not acknowledged
 * yet, each with a button that acknowledges it in one step, as me, through
 * the session; below, what I acknowledged and when, newest first. A change
 * made by another process on the same database shows at the next refresh.
 * "n-pending" lets the window show how many wait.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-acknowledge-view"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-staff-acknowledge-view.h"
#include "emb-staff-pending-row.h"
#include "emb-toast.h"

struct _EmbStaffAcknowledgeView
{
  EmbStaffView  parent_instance;

  guint         n_pending;
  guint         n_acknowledged;
  gboolean      focus_pending;     /* after an acknowledgement */

  GtkListBox   *pending_list;
  GtkListBox   *acknowledged_list;
};

G_DEFINE_FINAL_TYPE (EmbStaffAcknowledgeView, emb_staff_acknowledge_view, EMB_TYPE_STAFF_VIEW)

enum {
  PROP_0,
  PROP_N_PENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_n_pending (EmbStaffAcknowledgeView *self,
               guint                    n_pending)
{
  if (self->n_pending == n_pending)
    return;

  self->n_pending = n_pending;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PENDING]);
}

static void
on_acknowledge (EmbStaffAcknowledgeView *self,
                EmbStaffPendingRow      *row)
{
  EmbStaffSession *session = emb_staff_view_get_session (EMB_STAFF_VIEW (self));
  EmbPendingItem *item = emb_staff_pending_row_get_item (row);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = g_strdup (emb_pending_item_get_title (item));
  AdwToast *toast;

  if (session == NULL)
    return;

  if (!emb_staff_session_acknowledge (session, emb_pending_item_get_kind (item),
                                      emb_pending_item_get_item_id (item), &error))
    {
      emb_toast_show_error (GTK_WIDGET (self), error);
      emb_staff_view_refresh_now (EMB_STAFF_VIEW (self));
      return;
    }

  /* The row goes away: the focus goes on to the next item waiting. */
  self->focus_pending = gtk_widget_has_focus (emb_staff_pending_row_get_button (row));
  emb_staff_view_refresh_now (EMB_STAFF_VIEW (self));

  toast = adw_toast_new_format (_("Acknowledged “%s”"), title);
  emb_toast_add (GTK_WIDGET (self), toast);
}

static guint
fill (EmbStaffAcknowledgeView *self,
      GtkListBox              *list,
      GListModel              *items,
      gboolean                 acknowledged)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(EmbPendingItem) item = g_list_model_get_item (items, i);
      GtkWidget *row = emb_staff_pending_row_new (item, acknowledged);

      if (!acknowledged)
        g_signal_connect_object (row, "acknowledge", G_CALLBACK (on_acknowledge), self,
                                 G_CONNECT_SWAPPED);
      gtk_list_box_append (list, row);
    }
  return n;
}

static void
emb_staff_acknowledge_view_refresh (EmbStaffView *view)
{
  EmbStaffAcknowledgeView *self = EMB_STAFF_ACKNOWLEDGE_VIEW (view);
  EmbStaffSession *session = emb_staff_view_get_session (view);
  g_autoptr(GListModel) pending = NULL;
  g_autoptr(GListModel) acknowledged = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *first;

  emb_staff_view_clear_box (GTK_WIDGET (self->pending_list));
  emb_staff_view_clear_box (GTK_WIDGET (self->acknowledged_list));
  self->n_acknowledged = 0;
  if (session == NULL)
    {
      set_n_pending (self, 0);
      return;
    }

  pending = emb_staff_session_list_pending (session, &error);
  acknowledged = pending != NULL ? emb_staff_session_list_acknowledged (session, &error) : NULL;
  if (acknowledged == NULL)
    {
      set_n_pending (self, 0);
      emb_toast_show_error (GTK_WIDGET (self), error);
      return;
    }

  set_n_pending (self, fill (self, self->pending_list, pending, FALSE));
  self->n_acknowledged = fill (self, self->acknowledged_list, acknowledged, TRUE);

  if (self->focus_pending)
    {
      self->focus_pending = FALSE;
      first = GTK_WIDGET (gtk_list_box_get_row_at_index (self->pending_list, 0));
      if (first != NULL)
        gtk_widget_grab_focus (emb_staff_pending_row_get_button (EMB_STAFF_PENDING_ROW (first)));
      else
        gtk_widget_grab_focus (GTK_WIDGET (self->pending_list));
    }
}

guint
emb_staff_acknowledge_view_get_n_pending (EmbStaffAcknowledgeView *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_ACKNOWLEDGE_VIEW (self), 0);

  return self->n_pending;
}

guint
emb_staff_acknowledge_view_get_n_acknowledged (EmbStaffAcknowledgeView *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_ACKNOWLEDGE_VIEW (self), 0);

  return self->n_acknowledged;
}

/**
 * emb_staff_acknowledge_view_get_pending_row:
 *
 * Returns: (transfer none) (nullable): the #EmbStaffPendingRow of the
 *   @index-th item waiting
 */
GtkWidget *
emb_staff_acknowledge_view_get_pending_row (EmbStaffAcknowledgeView *self,
                                            guint                    index)
{
  g_return_val_if_fail (EMB_IS_STAFF_ACKNOWLEDGE_VIEW (self), NULL);

  return index < self->n_pending
         ? GTK_WIDGET (gtk_list_box_get_row_at_index (self->pending_list, index)) : NULL;
}

/**
 * emb_staff_acknowledge_view_get_acknowledged_row:
 *
 * Returns: (transfer none) (nullable): the #EmbStaffPendingRow of the
 *   @index-th item acknowledged, newest first
 */
GtkWidget *
emb_staff_acknowledge_view_get_acknowledged_row (EmbStaffAcknowledgeView *self,
                                                 guint                    index)
{
  g_return_val_if_fail (EMB_IS_STAFF_ACKNOWLEDGE_VIEW (self), NULL);

  return index < self->n_acknowledged
         ? GTK_WIDGET (gtk_list_box_get_row_at_index (self->acknowledged_list, index)) : NULL;
}

GtkWidget *
emb_staff_acknowledge_view_new (void)
{
  return g_object_new (EMB_TYPE_STAFF_ACKNOWLEDGE_VIEW, NULL);
}

static void
emb_staff_acknowledge_view_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  EmbStaffAcknowledgeView *self = EMB_STAFF_ACKNOWLEDGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_N_PENDING:
      g_value_set_uint (value, self->n_pending);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
emb_staff_acknowledge_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), EMB_TYPE_STAFF_ACKNOWLEDGE_VIEW);

  G_OBJECT_CLASS (emb_staff_acknowledge_view_parent_class)->dispose (object);
}

static void
emb_staff_acknowledge_view_class_init (EmbStaffAcknowledgeViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  EmbStaffViewClass *view_class = EMB_STAFF_VIEW_CLASS (klass);

  object_class->get_property = emb_staff_acknowledge_view_get_property;
  object_class->dispose = emb_staff_acknowledge_view_dispose;
  view_class->refresh = emb_staff_acknowledge_view_refresh;

  /**
   * EmbStaffAcknowledgeView:n-pending:
   *
   * How many items wait for my acknowledgement.
   */
  properties[PROP_N_PENDING] =
    g_param_spec_uint ("n-pending", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/staff/emb-staff-acknowledge-view.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbStaffAcknowledgeView, pending_list);
  gtk_widget_class_bind_template_child (widget_class, EmbStaffAcknowledgeView, acknowledged_list);
}

static void
emb_staff_acknowledge_view_init (EmbStaffAcknowledgeView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
