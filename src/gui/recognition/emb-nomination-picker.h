/* emb-nomination-picker.h: choosing a colleague or a feedback by searching
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-recognition-names.h"

G_BEGIN_DECLS

#define EMB_TYPE_NOMINATION_PICKER (emb_nomination_picker_get_type ())

G_DECLARE_FINAL_TYPE (EmbNominationPicker, emb_nomination_picker, EMB, NOMINATION_PICKER, GtkBox)

void         emb_nomination_picker_set_up          (EmbNominationPicker *self,
                                                    EmbDatabase         *database,
                                                    EmbRecognitionNames *names);
void         emb_nomination_picker_reload          (EmbNominationPicker *self);
void         emb_nomination_picker_set_proposed    (EmbNominationPicker *self,
                                                    GListModel          *proposed,
                                                    const char          *title);
void         emb_nomination_picker_choose          (EmbNominationPicker *self,
                                                    gint64               id,
                                                    const char          *name);
gint64       emb_nomination_picker_get_chosen_id   (EmbNominationPicker *self);
GtkWidget   *emb_nomination_picker_get_entry       (EmbNominationPicker *self);
GtkListView *emb_nomination_picker_get_list_view   (EmbNominationPicker *self);
GtkLabel    *emb_nomination_picker_get_error_label (EmbNominationPicker *self);

G_END_DECLS
