/* emb-staff-recognition-view.h: nominating colleagues, and my recognitions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-staff-view.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_RECOGNITION_VIEW (emb_staff_recognition_view_get_type ())

G_DECLARE_FINAL_TYPE (EmbStaffRecognitionView, emb_staff_recognition_view, EMB, STAFF_RECOGNITION_VIEW, EmbStaffView)

GtkWidget       *emb_staff_recognition_view_new         (EmbStaffSession         *session);
GtkWindow       *emb_staff_recognition_view_nominate    (EmbStaffRecognitionView *self);
GtkWindow       *emb_staff_recognition_view_get_dialog  (EmbStaffRecognitionView *self);
GtkListBox      *emb_staff_recognition_view_get_list    (EmbStaffRecognitionView *self,
                                                         gboolean                 received);

G_END_DECLS
