/* emb-pilot-editor.h: a dialog to create or change an autonomy pilot
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-pilot.h"

G_BEGIN_DECLS

#define EMB_TYPE_PILOT_EDITOR (emb_pilot_editor_get_type ())

G_DECLARE_FINAL_TYPE (EmbPilotEditor, emb_pilot_editor, EMB, PILOT_EDITOR, AdwWindow)

EmbPilotEditor *emb_pilot_editor_new          (EmbDatabase    *database,
                                               EmbPilot       *pilot);
GtkWidget      *emb_pilot_editor_get_field    (EmbPilotEditor *self,
                                               const char     *field);
const char     *emb_pilot_editor_get_error    (EmbPilotEditor *self,
                                               const char     *field);
void            emb_pilot_editor_set_text     (EmbPilotEditor *self,
                                               const char     *field,
                                               const char     *text);

G_END_DECLS
