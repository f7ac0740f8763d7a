/* emb-acknowledgement-store.h: employees acknowledging promises, announcements and values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "emb-acknowledgement.h"
#include "emb-database.h"

G_BEGIN_DECLS

/**
 * EmbAcknowledgementItem:
 * @EMB_ACKNOWLEDGEMENT_ITEM_PROMISE: a published version of a brand promise
 * @EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT: a published announcement
 * @EMB_ACKNOWLEDGEMENT_ITEM_VALUES: a published set of values
 *
 * What kind of item an employee acknowledges.
 */
typedef enum
{
  EMB_ACKNOWLEDGEMENT_ITEM_PROMISE,
  EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT,
  EMB_ACKNOWLEDGEMENT_ITEM_VALUES,
} EmbAcknowledgementItem;

#define EMB_TYPE_ACKNOWLEDGEMENT_ITEM (emb_acknowledgement_item_get_type ())
GType emb_acknowledgement_item_get_type (void);

#define EMB_TYPE_PENDING_ITEM (emb_pending_item_get_type ())

G_DECLARE_FINAL_TYPE (EmbPendingItem, emb_pending_item, EMB, PENDING_ITEM, GObject)

EmbAcknowledgementItem  emb_pending_item_get_kind         (EmbPendingItem *self);
gint64                  emb_pending_item_get_item_id      (EmbPendingItem *self);
gint64                  emb_pending_item_get_promise_id   (EmbPendingItem *self);
const char             *emb_pending_item_get_title        (EmbPendingItem *self);
const char             *emb_pending_item_get_published_at (EmbPendingItem *self);
const char             *emb_pending_item_get_acknowledged_at (EmbPendingItem *self);

gboolean    emb_acknowledgement_store_acknowledge_promise      (EmbDatabase             *db,
                                                                gint64                   employee_id,
                                                                gint64                   promise_version_id,
                                                                GError                 **error);
gboolean    emb_acknowledgement_store_acknowledge_announcement (EmbDatabase             *db,
                                                                gint64                   employee_id,
                                                                gint64                   announcement_id,
                                                                GError                 **error);
gboolean    emb_acknowledgement_store_acknowledge_values       (EmbDatabase             *db,
                                                                gint64                   employee_id,
                                                                gint64                   value_set_id,
                                                                GError                 **error);
gboolean    emb_acknowledgement_store_has_acknowledged         (EmbDatabase             *db,
                                                                gint64                   employee_id,
                                                                EmbAcknowledgementItem   kind,
                                                                gint64                   item_id);
GListModel *emb_acknowledgement_store_list_pending             (EmbDatabase             *db,
                                                                gint64                   employee_id,
                                                                GError                 **error);
GListModel *emb_acknowledgement_store_list_acknowledged        (EmbDatabase             *db,
                                                                gint64                   employee_id,
                                                                GError                 **error);

G_END_DECLS
