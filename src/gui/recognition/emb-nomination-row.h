/* emb-nomination-row.h: one nomination in the lists of the recognition page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-recognition-names.h"

G_BEGIN_DECLS

#define EMB_TYPE_NOMINATION_ROW (emb_nomination_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbNominationRow, emb_nomination_row, EMB, NOMINATION_ROW, GtkBox)

GtkWidget          *emb_nomination_row_new            (EmbRecognitionNames *names);
void                emb_nomination_row_set_nomination (EmbNominationRow    *self,
                                                       EmbNomination       *nomination);
EmbNomination      *emb_nomination_row_get_nomination (EmbNominationRow    *self);
void                emb_nomination_row_update         (EmbNominationRow    *self);

GtkListItemFactory *emb_nomination_row_factory_new    (EmbRecognitionNames *names);
void                emb_nomination_rows_update        (GtkListView         *view);

G_END_DECLS
