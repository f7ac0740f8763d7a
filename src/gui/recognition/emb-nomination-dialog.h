/* emb-nomination-dialog.h: nominating a colleague or a department
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-feedback.h"

G_BEGIN_DECLS

#define EMB_TYPE_NOMINATION_DIALOG (emb_nomination_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EmbNominationDialog, emb_nomination_dialog, EMB, NOMINATION_DIALOG, AdwWindow)

EmbNominationDialog *emb_nomination_dialog_new       (EmbDatabase         *database);
void                 emb_nomination_dialog_prefill   (EmbNominationDialog *self,
                                                      gint64               touchpoint_id,
                                                      EmbFeedback         *feedback,
                                                      GListModel          *nominees);
GtkWidget           *emb_nomination_dialog_get_field (EmbNominationDialog *self,
                                                      const char          *field);
const char          *emb_nomination_dialog_get_error (EmbNominationDialog *self,
                                                      const char          *field);
gboolean             emb_nomination_dialog_submit    (EmbNominationDialog *self);

G_END_DECLS
