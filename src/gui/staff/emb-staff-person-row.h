/* emb-staff-person-row.h: a person found at sign-in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-employee.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_PERSON_ROW (emb_staff_person_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbStaffPersonRow, emb_staff_person_row, EMB, STAFF_PERSON_ROW, AdwActionRow)

GtkWidget *emb_staff_person_row_new    (EmbEmployee       *employee);
gint64     emb_staff_person_row_get_id (EmbStaffPersonRow *self);

G_END_DECLS
