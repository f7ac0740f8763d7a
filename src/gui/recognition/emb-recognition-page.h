/* emb-recognition-page.h: the recognition area of the manager window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-page.h"

G_BEGIN_DECLS

#define EMB_TYPE_RECOGNITION_PAGE (emb_recognition_page_get_type ())

G_DECLARE_FINAL_TYPE (EmbRecognitionPage, emb_recognition_page, EMB, RECOGNITION_PAGE, EmbPage)

void               emb_recognition_page_show_view          (EmbRecognitionPage *self,
                                                            const char         *view);
const char        *emb_recognition_page_get_view           (EmbRecognitionPage *self);
GListModel        *emb_recognition_page_get_inbox_model    (EmbRecognitionPage *self);
GtkSelectionModel *emb_recognition_page_get_inbox_selection (EmbRecognitionPage *self);
GListModel        *emb_recognition_page_get_list_model     (EmbRecognitionPage *self);
GtkSelectionModel *emb_recognition_page_get_list_selection (EmbRecognitionPage *self);
void               emb_recognition_page_set_filter         (EmbRecognitionPage *self,
                                                            int                 status,
                                                            gint64              value_id,
                                                            gint64              department_id,
                                                            gint64              touchpoint_id);
void               emb_recognition_page_set_period         (EmbRecognitionPage *self,
                                                            const char         *from,
                                                            const char         *to);
void               emb_recognition_page_set_search         (EmbRecognitionPage *self,
                                                            const char         *text);
void               emb_recognition_page_set_note           (EmbRecognitionPage *self,
                                                            const char         *note);

G_END_DECLS
