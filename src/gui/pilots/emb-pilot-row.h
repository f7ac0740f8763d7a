/* emb-pilot-row.h: a pilot in the sidebar of the pilots page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-pilot.h"

G_BEGIN_DECLS

#define EMB_TYPE_PILOT_ROW (emb_pilot_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbPilotRow, emb_pilot_row, EMB, PILOT_ROW, GtkListBoxRow)

GtkWidget *emb_pilot_row_new       (EmbPilot    *pilot);
EmbPilot  *emb_pilot_row_get_pilot (EmbPilotRow *self);

G_END_DECLS
