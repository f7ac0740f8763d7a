/* emb-values-page.h: the values area of the manager window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-page.h"

G_BEGIN_DECLS

#define EMB_TYPE_VALUES_PAGE (emb_values_page_get_type ())

G_DECLARE_FINAL_TYPE (EmbValuesPage, emb_values_page, EMB, VALUES_PAGE, EmbPage)

GListModel *emb_values_page_get_values           (EmbValuesPage *self);
gboolean    emb_values_page_select_value         (EmbValuesPage *self,
                                                  gint64         id);
gint64      emb_values_page_get_selected_id      (EmbValuesPage *self);
gboolean    emb_values_page_save_organisation    (EmbValuesPage *self);

G_END_DECLS
