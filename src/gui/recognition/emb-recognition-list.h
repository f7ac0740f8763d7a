/* emb-recognition-list.h: every nomination, as the filters choose
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-nomination-filters.h"
#include "emb-recognition-names.h"

G_BEGIN_DECLS

#define EMB_TYPE_RECOGNITION_LIST (emb_recognition_list_get_type ())

G_DECLARE_FINAL_TYPE (EmbRecognitionList, emb_recognition_list, EMB, RECOGNITION_LIST, GtkBox)

void                  emb_recognition_list_set_up          (EmbRecognitionList  *self,
                                                            EmbDatabase         *database,
                                                            EmbRecognitionNames *names);
void                  emb_recognition_list_reload          (EmbRecognitionList  *self);
void                  emb_recognition_list_refill_filters  (EmbRecognitionList  *self);
GListModel           *emb_recognition_list_get_model       (EmbRecognitionList  *self);
GtkSelectionModel    *emb_recognition_list_get_selection   (EmbRecognitionList  *self);
GtkListView          *emb_recognition_list_get_view        (EmbRecognitionList  *self);
EmbNominationFilters *emb_recognition_list_get_filters     (EmbRecognitionList  *self);
void                  emb_recognition_list_show_state      (EmbRecognitionList  *self,
                                                            gboolean             any);
void                  emb_recognition_list_show_selection  (EmbRecognitionList  *self,
                                                            guint64              n_selected,
                                                            const char          *text);

G_END_DECLS
