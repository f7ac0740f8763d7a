/* emb-nomination-filters.h: the search and filters of the list of nominations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-recognition-names.h"
#include "emb-recognition-store.h"

G_BEGIN_DECLS

#define EMB_TYPE_NOMINATION_FILTERS (emb_nomination_filters_get_type ())

G_DECLARE_FINAL_TYPE (EmbNominationFilters, emb_nomination_filters, EMB, NOMINATION_FILTERS, GtkBox)

gboolean emb_nomination_filters_fill         (EmbNominationFilters *self,
                                              EmbRecognitionNames  *names);
void     emb_nomination_filters_read         (EmbNominationFilters *self,
                                              EmbNominationFilter  *filter,
                                              char                **from,
                                              char                **to);
void     emb_nomination_filters_set          (EmbNominationFilters *self,
                                              int                   status,
                                              gint64                value_id,
                                              gint64                department_id,
                                              gint64                touchpoint_id);
void     emb_nomination_filters_set_period   (EmbNominationFilters *self,
                                              const char           *from,
                                              const char           *to);
void     emb_nomination_filters_set_search   (EmbNominationFilters *self,
                                              const char           *text);
void     emb_nomination_filters_focus_search (EmbNominationFilters *self);

G_END_DECLS
