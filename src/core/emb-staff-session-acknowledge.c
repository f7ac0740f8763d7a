/* emb-staff-session-acknowledge.c: what I have to acknowledge, and doing it
 *
 * Only my own items and my own acknowledgements: the session never asks
 * the store about anybody else, and acknowledges as the signed-in person.
 * An item not addressed to me is refused by the store's own rule
 * (emb-acknowledgement-store.c), and the store's change notice reaches the
 * manager window (in another process through PRAGMA data_version).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "emb-staff-session"

#include "config.h"

#include <glib/gi18n.h>

#include "emb-staff-session-private.h"

/**
 * emb_staff_session_list_pending:
 *
 * Returns: (transfer full): my pending #EmbPendingItem, the most recently
 *   published first, or %NULL with an error
 */
GListModel *
emb_staff_session_list_pending (EmbStaffSession  *self,
                                GError          **error)
{
  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  return _emb_staff_session_ask_for_me (self, emb_acknowledgement_store_list_pending, error);
}

/**
 * emb_staff_session_list_acknowledged:
 *
 * Returns: (transfer full): what I acknowledged, as #EmbPendingItem with
 *   emb_pending_item_get_acknowledged_at(), newest first
 */
GListModel *
emb_staff_session_list_acknowledged (EmbStaffSession  *self,
                                     GError          **error)
{
  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), NULL);

  return _emb_staff_session_ask_for_me (self, emb_acknowledgement_store_list_acknowledged,
                                        error);
}

/**
 * emb_staff_session_acknowledge:
 * @kind: what @item_id is
 * @item_id: a promise version, announcement or value set, as
 *   emb_pending_item_get_item_id() gives it
 *
 * Acknowledges the item as me. One that is not addressed to me, not
 * published or not asking for acknowledgement is refused with the store's
 * validation error; acknowledging again succeeds and changes nothing.
 */
gboolean
emb_staff_session_acknowledge (EmbStaffSession         *self,
                               EmbAcknowledgementItem   kind,
                               gint64                   item_id,
                               GError                 **error)
{
  EmbDatabase *db;
  gint64 me;

  g_return_val_if_fail (EMB_IS_STAFF_SESSION (self), FALSE);

  me = _emb_staff_session_check (self, error);
  if (me == 0)
    return FALSE;
  db = _emb_staff_session_get_database (self);

  switch (kind)
    {
    case EMB_ACKNOWLEDGEMENT_ITEM_PROMISE:
      return emb_acknowledgement_store_acknowledge_promise (db, me, item_id, error);
    case EMB_ACKNOWLEDGEMENT_ITEM_ANNOUNCEMENT:
      return emb_acknowledgement_store_acknowledge_announcement (db, me, item_id, error);
    case EMB_ACKNOWLEDGEMENT_ITEM_VALUES:
      return emb_acknowledgement_store_acknowledge_values (db, me, item_id, error);
    default:
      g_return_val_if_reached (FALSE);
    }
}
