/* emb-recognition-inbox.h: the nominations waiting for a decision
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-recognition-names.h"

G_BEGIN_DECLS

#define EMB_TYPE_RECOGNITION_INBOX (emb_recognition_inbox_get_type ())

G_DECLARE_FINAL_TYPE (EmbRecognitionInbox, emb_recognition_inbox, EMB, RECOGNITION_INBOX, GtkBox)

void               emb_recognition_inbox_set_up          (EmbRecognitionInbox *self,
                                                          EmbDatabase         *database,
                                                          EmbRecognitionNames *names);
void               emb_recognition_inbox_load            (EmbRecognitionInbox *self);
GListModel        *emb_recognition_inbox_get_model       (EmbRecognitionInbox *self);
GtkSelectionModel *emb_recognition_inbox_get_selection   (EmbRecognitionInbox *self);
GtkListView       *emb_recognition_inbox_get_view        (EmbRecognitionInbox *self);
char              *emb_recognition_inbox_get_note        (EmbRecognitionInbox *self);
void               emb_recognition_inbox_set_note        (EmbRecognitionInbox *self,
                                                          const char          *note);
void               emb_recognition_inbox_show_note_error (EmbRecognitionInbox *self,
                                                          const char          *message);
void               emb_recognition_inbox_clear_note      (EmbRecognitionInbox *self);
void               emb_recognition_inbox_show_state      (EmbRecognitionInbox *self,
                                                          gboolean             any);
void               emb_recognition_inbox_show_selection  (EmbRecognitionInbox *self,
                                                          guint64              n_selected,
                                                          const char          *text);

G_END_DECLS
