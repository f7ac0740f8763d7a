/* emb-staff-acknowledge-view.h: "To acknowledge": what waits for me, what I acknowledged
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-staff-view.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_ACKNOWLEDGE_VIEW (emb_staff_acknowledge_view_get_type ())

G_DECLARE_FINAL_TYPE (EmbStaffAcknowledgeView, emb_staff_acknowledge_view, EMB, STAFF_ACKNOWLEDGE_VIEW, EmbStaffView)

GtkWidget *emb_staff_acknowledge_view_new               (void);
guint      emb_staff_acknowledge_view_get_n_pending     (EmbStaffAcknowledgeView *self);
guint      emb_staff_acknowledge_view_get_n_acknowledged (EmbStaffAcknowledgeView *self);
GtkWidget *emb_staff_acknowledge_view_get_pending_row   (EmbStaffAcknowledgeView *self,
                                                         guint                    index);
GtkWidget *emb_staff_acknowledge_view_get_acknowledged_row (EmbStaffAcknowledgeView *self,
                                                            guint                    index);

G_END_DECLS
