/* emb-refresher.h: one coalesced refresh of a view when its data changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_REFRESHER (emb_refresher_get_type ())

G_DECLARE_FINAL_TYPE (EmbRefresher, emb_refresher, EMB, REFRESHER, GObject)

/**
 * EmbRefreshFunc:
 * @widget: the widget to bring up to date
 *
 * Reloads what @widget shows from the database.
 */
typedef void (*EmbRefreshFunc) (GtkWidget *widget);

/**
 * EmbChangeFunc:
 * @widget: the widget watching
 * @kind: the kind of record that changed, or %EMB_RECORD_KIND_ANY
 * @change: what happened to it
 * @id: its id, or 0 for many
 *
 * Sees one change notice of a watched kind before the refresh is queued.
 */
typedef void (*EmbChangeFunc) (GtkWidget     *widget,
                               EmbRecordKind  kind,
                               EmbChangeType  change,
                               gint64         id);

EmbRefresher *emb_refresher_new             (GtkWidget      *widget,
                                             EmbRefreshFunc  refresh);
void          emb_refresher_set_database    (EmbRefresher   *self,
                                             EmbDatabase    *database);
EmbDatabase  *emb_refresher_get_database    (EmbRefresher   *self);
void          emb_refresher_watch           (EmbRefresher   *self,
                                             EmbRecordKind   kind);
void          emb_refresher_set_change_func (EmbRefresher   *self,
                                             EmbChangeFunc   func);
void          emb_refresher_queue           (EmbRefresher   *self);
void          emb_refresher_refresh_now     (EmbRefresher   *self);
void          emb_refresher_follow_model    (EmbRefresher   *self,
                                             GListModel     *model);
gboolean      emb_refresher_is_pending      (EmbRefresher   *self);
guint         emb_refresher_get_n_refreshes (EmbRefresher   *self);

G_END_DECLS
