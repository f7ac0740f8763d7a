/* emb-nomination-selection.h: reading a selection of nominations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-records.h"

G_BEGIN_DECLS

guint64    emb_nomination_selection_count        (GtkSelectionModel *selection);
int        emb_nomination_selection_first_status (GtkSelectionModel *selection);
GPtrArray *emb_nomination_selection_get          (GtkSelectionModel *selection,
                                                  guint              max);
char      *emb_nomination_selection_describe     (guint64            n_selected);

G_END_DECLS
