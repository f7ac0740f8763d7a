/* emb-overview-page.h: live figures of the whole programme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-page.h"

G_BEGIN_DECLS

#define EMB_TYPE_OVERVIEW_PAGE (emb_overview_page_get_type ())

G_DECLARE_FINAL_TYPE (EmbOverviewPage, emb_overview_page, EMB, OVERVIEW_PAGE, EmbPage)

const char *emb_overview_page_get_figure (EmbOverviewPage *self,
                                          const char      *key);

G_END_DECLS
