/* emb-file-problem-bar.h: a bar that says what happened to the programme file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_FILE_PROBLEM_BAR (emb_file_problem_bar_get_type ())

G_DECLARE_FINAL_TYPE (EmbFileProblemBar, emb_file_problem_bar, EMB, FILE_PROBLEM_BAR, AdwBin)

GtkWidget   *emb_file_problem_bar_new          (void);
EmbDatabase *emb_file_problem_bar_get_database (EmbFileProblemBar *self);
void         emb_file_problem_bar_set_database (EmbFileProblemBar *self,
                                                EmbDatabase       *database);
const char  *emb_file_problem_bar_get_message  (EmbFileProblemBar *self);

G_END_DECLS
