/* emb-note-dialog.h: a question that asks for a note (evaluate a wave, review a decision)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define EMB_TYPE_NOTE_DIALOG (emb_note_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EmbNoteDialog, emb_note_dialog, EMB, NOTE_DIALOG, AdwMessageDialog)

EmbNoteDialog *emb_note_dialog_new           (const char    *heading,
                                              const char    *body,
                                              const char    *note_title,
                                              gint64         record_id);
gint64         emb_note_dialog_get_record_id (EmbNoteDialog *self);
char          *emb_note_dialog_get_note      (EmbNoteDialog *self);
void           emb_note_dialog_set_note      (EmbNoteDialog *self,
                                              const char    *note);
void           emb_note_dialog_require_note  (EmbNoteDialog *self,
                                              const char    *response);

G_END_DECLS
