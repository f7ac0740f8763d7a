/* emb-departments-dialog.h: the departments and their roles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_DEPARTMENTS_DIALOG (emb_departments_dialog_get_type ())

G_DECLARE_FINAL_TYPE (EmbDepartmentsDialog, emb_departments_dialog, EMB, DEPARTMENTS_DIALOG, AdwWindow)

EmbDepartmentsDialog *emb_departments_dialog_new           (EmbDatabase          *database);
void                  emb_departments_dialog_flush_pending (EmbDepartmentsDialog *self);
AdwToast             *emb_departments_dialog_get_toast     (EmbDepartmentsDialog *self);

G_END_DECLS
