/* emb-staff-pending-row.c: an item to acknowledge, or one acknowledged
 *
 * A pending item (a published promise version, the current values, an
 * announcement) says what it is and when it was published, with an
 * Acknowledge button that does it in one step (::acknowledge); an
 * acknowledged one says when I acknowledged it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-pending-row"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-a11y.h"
#include "emb-format.h"
#include "emb-staff-pending-row.h"

struct _EmbStaffPendingRow
{
  AdwActionRow    parent_instance;

  EmbPendingItem *item;

  GtkButton      *button;
};

G_DEFINE_FINAL_TYPE (EmbStaffPendingRow, emb_staff_pending_row, ADW_TYPE_ACTION_ROW)

enum {
  ACKNOWLEDGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
kind_label (EmbAcknowledgementItem kind)
{
  switch (kind)
    {
    case EMB_ACKNOWLEDGEMENT_ITEM_PROMISE:
      return _("Brand promise");
    case EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT:
      return _("Announcement");
    case EMB_ACKNOWLEDGEMENT_ITEM_VALUES:
    default:
      return _("Our values");
    }
}

static void
on_button_clicked (EmbStaffPendingRow *self)
{
  g_signal_emit (self, signals[ACKNOWLEDGE], 0);
}

/**
 * emb_staff_pending_row_new:
 * @item: the item; the row keeps it
 * @acknowledged: whether @item is one I acknowledged (no button then)
 *
 * Returns: (transfer floating): a row
 */
GtkWidget *
emb_staff_pending_row_new (EmbPendingItem *item,
                           gboolean        acknowledged)
{
  EmbStaffPendingRow *self;
  const char *kind = kind_label (emb_pending_item_get_kind (item));
  g_autofree char *when = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *button_label = NULL;

  g_return_val_if_fail (EMB_IS_PENDING_ITEM (item), NULL);

  self = g_object_new (EMB_TYPE_STAFF_PENDING_ROW, NULL);
  self->item = g_object_ref (item);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), emb_pending_item_get_title (item));

  if (acknowledged)
    {
      when = emb_format_day_and_time (emb_pending_item_get_acknowledged_at (item));
      /* Translators: a kind of item and when I acknowledged it: "Brand promise · acknowledged 3 March 2026, 09:30" */
      subtitle = g_strdup_printf (_("%s · acknowledged %s"), kind, when != NULL ? when : "—");
    }
  else
    {
      when = emb_format_day (emb_pending_item_get_published_at (item));
      /* Translators: a kind of item and when it was published: "Brand promise · published 3 March 2026" */
      subtitle = g_strdup_printf (_("%s · published %s"), kind, when != NULL ? when : "—");
      button_label = g_strdup_printf (_("Acknowledge “%s”"), emb_pending_item_get_title (item));
      emb_a11y_set_label (GTK_WIDGET (self->button), button_label);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_widget_set_visible (GTK_WIDGET (self->button), !acknowledged);
  return GTK_WIDGET (self);
}

/**
 * emb_staff_pending_row_get_item:
 *
 * Returns: (transfer none): the item shown
 */
EmbPendingItem *
emb_staff_pending_row_get_item (EmbStaffPendingRow *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_PENDING_ROW (self), NULL);

  return self->item;
}

/**
 * emb_staff_pending_row_get_button:
 *
 * Returns: (transfer none): the Acknowledge button (hidden on an
 *   acknowledged item)
 */
GtkWidget *
emb_staff_pending_row_get_button (EmbStaffPendingRow *self)
{
  g_return_val_if_fail (EMB_IS_STAFF_PENDING_ROW (self), NULL);

  return GTK_WIDGET (self->button);
}

static void
emb_staff_pending_row_dispose (GObject *object)
{
  EmbStaffPendingRow *self = (EmbStaffPendingRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), EMB_TYPE_STAFF_PENDING_ROW);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (emb_staff_pending_row_parent_class)->dispose (object);
}

static void
emb_staff_pending_row_class_init (EmbStaffPendingRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = emb_staff_pending_row_dispose;

  /**
   * EmbStaffPendingRow::acknowledge:
   *
   * The Acknowledge button was pressed.
   */
  signals[ACKNOWLEDGE] =
    g_signal_new ("acknowledge",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/gui/staff/emb-staff-pending-row.ui");
  gtk_widget_class_bind_template_child (widget_class, EmbStaffPendingRow, button);
  gtk_widget_class_bind_template_callback (widget_class, on_button_clicked);
}

static void
emb_staff_pending_row_init (EmbStaffPendingRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
