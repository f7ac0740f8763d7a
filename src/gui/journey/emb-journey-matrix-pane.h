/* emb-journey-matrix-pane.h: the responsibilities view, the matrix with its filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-undo-queue.h"

G_BEGIN_DECLS

#define EMB_TYPE_JOURNEY_MATRIX_PANE (emb_journey_matrix_pane_get_type ())

G_DECLARE_FINAL_TYPE (EmbJourneyMatrixPane, emb_journey_matrix_pane, EMB, JOURNEY_MATRIX_PANE, AdwBin)

void         emb_journey_matrix_pane_set_database          (EmbJourneyMatrixPane *self,
                                                            EmbDatabase          *database,
                                                            EmbUndoQueue         *undo_queue);
void         emb_journey_matrix_pane_refresh               (EmbJourneyMatrixPane *self,
                                                            GHashTable           *unowned,
                                                            GHashTable           *unlinked);
GtkWidget   *emb_journey_matrix_pane_get_matrix            (EmbJourneyMatrixPane *self);
GtkDropDown *emb_journey_matrix_pane_get_office_filter     (EmbJourneyMatrixPane *self);
GtkDropDown *emb_journey_matrix_pane_get_department_filter (EmbJourneyMatrixPane *self);

G_END_DECLS
