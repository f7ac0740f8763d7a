/* emb-staff-view.h: the base class of the views of the staff window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"
#include "emb-staff-session.h"

G_BEGIN_DECLS

#define EMB_TYPE_STAFF_VIEW (emb_staff_view_get_type ())

G_DECLARE_DERIVABLE_TYPE (EmbStaffView, emb_staff_view, EMB, STAFF_VIEW, AdwBin)

struct _EmbStaffViewClass
{
  AdwBinClass parent_class;

  /* Reloads what the view shows through its session; runs while the view
   * is shown, once for any number of changes, and with no session (signed
   * out) to empty the view. */
  void (*refresh) (EmbStaffView *self);

  /*< private >*/
  gpointer padding[4];
};

EmbStaffSession *emb_staff_view_get_session      (EmbStaffView    *self);
void             emb_staff_view_set_session      (EmbStaffView    *self,
                                                  EmbStaffSession *session);
EmbDatabase     *emb_staff_view_get_database     (EmbStaffView    *self);
void             emb_staff_view_set_database     (EmbStaffView    *self,
                                                  EmbDatabase     *database);
void             emb_staff_view_refresh_now      (EmbStaffView    *self);
gboolean         emb_staff_view_is_refresh_pending (EmbStaffView  *self);
guint            emb_staff_view_get_n_refreshes  (EmbStaffView    *self);
void             emb_staff_view_clear_box        (GtkWidget       *box);
gboolean         emb_staff_event_is_activity     (GdkEvent        *event);

G_END_DECLS
