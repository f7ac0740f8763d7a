/* emb-promise-editor.h: the editor of one brand promise
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-promise.h"
#include "emb-promises-util.h"

G_BEGIN_DECLS

#define EMB_TYPE_PROMISE_EDITOR (emb_promise_editor_get_type ())

G_DECLARE_FINAL_TYPE (EmbPromiseEditor, emb_promise_editor, EMB, PROMISE_EDITOR, AdwBin)

void        emb_promise_editor_set_database         (EmbPromiseEditor *self,
                                                     EmbDatabase      *database);
void        emb_promise_editor_load                 (EmbPromiseEditor *self,
                                                     EmbPromise       *promise);
void        emb_promise_editor_open                 (EmbPromiseEditor *self,
                                                     EmbPromise       *promise);
void        emb_promise_editor_reload               (EmbPromiseEditor *self);
EmbPromise *emb_promise_editor_get_promise          (EmbPromiseEditor *self);
gint64      emb_promise_editor_get_promise_id       (EmbPromiseEditor *self);
void        emb_promise_editor_get_steps            (EmbPromiseEditor *self,
                                                     EmbPromiseSteps  *steps);
gboolean    emb_promise_editor_save                 (EmbPromiseEditor *self);
void        emb_promise_editor_show_error           (EmbPromiseEditor *self,
                                                     const GError     *error);
void        emb_promise_editor_focus_statement      (EmbPromiseEditor *self);
GtkWidget  *emb_promise_editor_get_touchpoint_check (EmbPromiseEditor *self,
                                                     gint64            touchpoint_id);

G_END_DECLS
