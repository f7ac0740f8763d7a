/* emb-journey-editor.h: the popover that names a stage or edits a touchpoint
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-database.h"

G_BEGIN_DECLS

typedef enum
{
  EMB_JOURNEY_EDIT_NEW_STAGE,
  EMB_JOURNEY_EDIT_STAGE,
  EMB_JOURNEY_EDIT_NEW_TOUCHPOINT,
  EMB_JOURNEY_EDIT_TOUCHPOINT,
} EmbJourneyEditMode;

#define EMB_TYPE_JOURNEY_EDITOR (emb_journey_editor_get_type ())

G_DECLARE_FINAL_TYPE (EmbJourneyEditor, emb_journey_editor, EMB, JOURNEY_EDITOR, GtkPopover)

void emb_journey_editor_set_database (EmbJourneyEditor   *self,
                                      EmbDatabase        *database);
void emb_journey_editor_edit         (EmbJourneyEditor   *self,
                                      EmbJourneyEditMode  mode,
                                      gint64              id,
                                      GtkWidget          *anchor);

G_END_DECLS
