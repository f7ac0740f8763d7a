/* emb-people-page.h: the employees of the organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-database.h"

G_BEGIN_DECLS

#define EMB_TYPE_PEOPLE_PAGE (emb_people_page_get_type ())

G_DECLARE_FINAL_TYPE (EmbPeoplePage, emb_people_page, EMB, PEOPLE_PAGE, AdwBin)

GListModel *emb_people_page_get_model  (EmbPeoplePage *self);
void        emb_people_page_set_search (EmbPeoplePage *self,
                                        const char    *text);

G_END_DECLS
