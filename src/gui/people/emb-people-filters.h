/* emb-people-filters.h: the filters of the People page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "emb-people-store.h"

G_BEGIN_DECLS

#define EMB_TYPE_PEOPLE_FILTERS (emb_people_filters_get_type ())

G_DECLARE_FINAL_TYPE (EmbPeopleFilters, emb_people_filters, EMB, PEOPLE_FILTERS, AdwBin)

void        emb_people_filters_load            (EmbPeopleFilters  *self,
                                                EmbDatabase       *database);
void        emb_people_filters_get_filter      (EmbPeopleFilters  *self,
                                                EmbEmployeeFilter *filter);
gboolean    emb_people_filters_is_active       (EmbPeopleFilters  *self);
void        emb_people_filters_set             (EmbPeopleFilters  *self,
                                                gint64             department_id,
                                                gint64             role_id,
                                                const char        *site,
                                                int                active);
GListModel *emb_people_filters_get_departments (EmbPeopleFilters  *self);
GListModel *emb_people_filters_get_roles       (EmbPeopleFilters  *self);
const char *emb_people_filters_department_name (EmbPeopleFilters  *self,
                                                gint64             id);
EmbRole    *emb_people_filters_get_role        (EmbPeopleFilters  *self,
                                                gint64             id);

G_END_DECLS
