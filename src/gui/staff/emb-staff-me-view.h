/* emb-staff-me-view.h: "Me": who I am, my part of the journey, our values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-staff-view.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_ME_VIEW (emb_staff_me_view_get_type ())

G_DECLARE_FINAL_TYPE (EmbStaffMeView, emb_staff_me_view, EMB, STAFF_ME_VIEW, EmbStaffView)

GtkWidget *emb_staff_me_view_new                 (void);
GtkWidget *emb_staff_me_view_get_touchpoint_row  (EmbStaffMeView *self,
                                                  gint64          touchpoint_id);
guint      emb_staff_me_view_count_mine          (EmbStaffMeView *self);

G_END_DECLS
