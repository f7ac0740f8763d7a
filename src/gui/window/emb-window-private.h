/* emb-window-private.h: what the files of the manager window share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-window.h"

G_BEGIN_DECLS

EmbDatabase  *_emb_window_get_database           (EmbWindow      *self);
GSettings    *_emb_window_get_settings           (EmbWindow      *self);
GCancellable *_emb_window_get_cancellable        (EmbWindow      *self);
void          _emb_window_set_file_job           (EmbWindow      *self,
                                                  const char     *label);
void          _emb_window_set_backing_up         (EmbWindow      *self,
                                                  gboolean        backing_up);

/* emb-window-files.c: import, export, backup and restore */
void          _emb_window_class_add_file_actions (GtkWidgetClass *widget_class);
void          _emb_window_start_automatic_backup (EmbWindow      *self);

G_END_DECLS
