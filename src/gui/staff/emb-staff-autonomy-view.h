/* emb-staff-autonomy-view.h: my department's autonomy pilot, and my decisions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-staff-view.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_AUTONOMY_VIEW (emb_staff_autonomy_view_get_type ())

G_DECLARE_FINAL_TYPE (EmbStaffAutonomyView, emb_staff_autonomy_view, EMB, STAFF_AUTONOMY_VIEW, EmbStaffView)

GtkWidget       *emb_staff_autonomy_view_new          (EmbStaffSession      *session);
EmbPilot        *emb_staff_autonomy_view_get_pilot    (EmbStaffAutonomyView *self);
GtkWindow       *emb_staff_autonomy_view_log_decision (EmbStaffAutonomyView *self);
GtkWindow       *emb_staff_autonomy_view_get_dialog   (EmbStaffAutonomyView *self);
GtkListBox      *emb_staff_autonomy_view_get_list     (EmbStaffAutonomyView *self);

G_END_DECLS
