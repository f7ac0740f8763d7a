/* emb-people-page.h: the employees of the organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-page.h"

G_BEGIN_DECLS

#define EMB_TYPE_PEOPLE_PAGE (emb_people_page_get_type ())

G_DECLARE_FINAL_TYPE (EmbPeoplePage, emb_people_page, EMB, PEOPLE_PAGE, EmbPage)

GListModel       *emb_people_page_get_model         (EmbPeoplePage *self);
GtkSelectionModel *emb_people_page_get_selection    (EmbPeoplePage *self);
void              emb_people_page_set_search        (EmbPeoplePage *self,
                                                     const char    *text);
void              emb_people_page_set_filter        (EmbPeoplePage *self,
                                                     gint64         department_id,
                                                     gint64         role_id,
                                                     const char    *site,
                                                     int            active);
void              emb_people_page_show_employee     (EmbPeoplePage *self,
                                                     gint64         employee_id);
GtkWindow        *emb_people_page_get_dialog        (EmbPeoplePage *self);
AdwToast         *emb_people_page_get_undo_toast    (EmbPeoplePage *self);
AdwToast         *emb_people_page_get_erased_toast  (EmbPeoplePage *self);

G_END_DECLS
