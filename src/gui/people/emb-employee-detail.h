/* emb-employee-detail.h: an employee's role, touchpoints, promises and PIN
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-undo-queue.h"

G_BEGIN_DECLS

#define EMB_TYPE_EMPLOYEE_DETAIL (emb_employee_detail_get_type ())

G_DECLARE_FINAL_TYPE (EmbEmployeeDetail, emb_employee_detail, EMB, EMPLOYEE_DETAIL, AdwWindow)

EmbEmployeeDetail *emb_employee_detail_new        (EmbDatabase       *database,
                                                   gint64             employee_id);
GtkWindow         *emb_employee_detail_get_editor (EmbEmployeeDetail *self);
GtkWindow         *emb_employee_detail_get_pin_dialog (EmbEmployeeDetail *self);
const char        *emb_employee_detail_get_pin_state  (EmbEmployeeDetail *self);
EmbUndoQueue      *emb_employee_detail_get_undo_queue (EmbEmployeeDetail *self);
GtkWindow         *emb_employee_detail_get_erase_dialog (EmbEmployeeDetail *self);
gboolean           emb_employee_detail_export         (EmbEmployeeDetail *self,
                                                       GFile             *file);

G_END_DECLS
