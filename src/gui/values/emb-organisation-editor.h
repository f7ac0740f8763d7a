/* emb-organisation-editor.h: the organisation's name, vision and CX strategy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_ORGANISATION_EDITOR (emb_organisation_editor_get_type ())

G_DECLARE_FINAL_TYPE (EmbOrganisationEditor, emb_organisation_editor, EMB, ORGANISATION_EDITOR, GtkBox)

void     emb_organisation_editor_set_database (EmbOrganisationEditor *self,
                                               EmbDatabase           *database);
void     emb_organisation_editor_load         (EmbOrganisationEditor *self);
gboolean emb_organisation_editor_save         (EmbOrganisationEditor *self);

G_END_DECLS
