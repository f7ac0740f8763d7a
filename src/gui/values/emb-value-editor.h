/* emb-value-editor.h: the editor of one value, beside the list of values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-value.h"

G_BEGIN_DECLS

#define EMB_TYPE_VALUE_EDITOR (emb_value_editor_get_type ())

G_DECLARE_FINAL_TYPE (EmbValueEditor, emb_value_editor, EMB, VALUE_EDITOR, AdwBin)

void      emb_value_editor_set_database (EmbValueEditor *self,
                                         EmbDatabase    *database);
void      emb_value_editor_load         (EmbValueEditor *self,
                                         EmbValue       *value);
EmbValue *emb_value_editor_get_value    (EmbValueEditor *self);
gint64    emb_value_editor_get_value_id (EmbValueEditor *self);
gboolean  emb_value_editor_is_dirty     (EmbValueEditor *self);
gint64    emb_value_editor_save         (EmbValueEditor *self);
void      emb_value_editor_focus_name   (EmbValueEditor *self);

G_END_DECLS
