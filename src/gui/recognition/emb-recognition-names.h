/* emb-recognition-names.h: the names a nomination's row shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-database.h"
#include "emb-records.h"

G_BEGIN_DECLS

#define EMB_TYPE_RECOGNITION_NAMES (emb_recognition_names_get_type ())

G_DECLARE_FINAL_TYPE (EmbRecognitionNames, emb_recognition_names, EMB, RECOGNITION_NAMES, GObject)

EmbRecognitionNames *emb_recognition_names_new               (EmbDatabase         *database);
void                 emb_recognition_names_reload            (EmbRecognitionNames *self);
void                 emb_recognition_names_forget_employees  (EmbRecognitionNames *self);
GListModel          *emb_recognition_names_get_departments   (EmbRecognitionNames *self);
GListModel          *emb_recognition_names_get_values        (EmbRecognitionNames *self);
GListModel          *emb_recognition_names_get_touchpoints   (EmbRecognitionNames *self);
EmbDepartment       *emb_recognition_names_lookup_department (EmbRecognitionNames *self,
                                                              gint64               id);
EmbValue            *emb_recognition_names_lookup_value      (EmbRecognitionNames *self,
                                                              gint64               id);
EmbTouchpoint       *emb_recognition_names_lookup_touchpoint (EmbRecognitionNames *self,
                                                              gint64               id);
const char          *emb_recognition_names_get_employee      (EmbRecognitionNames *self,
                                                              gint64               id);

char                *emb_recognition_format_day              (const char          *timestamp);

G_END_DECLS
