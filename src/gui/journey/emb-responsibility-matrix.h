/* emb-responsibility-matrix.h: the role × touchpoint grid, drawn in one widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-chart.h"
#include "emb-enums.h"
#include "emb-role.h"
#include "emb-touchpoint.h"

G_BEGIN_DECLS

#define EMB_TYPE_RESPONSIBILITY_MATRIX (emb_responsibility_matrix_get_type ())

G_DECLARE_FINAL_TYPE (EmbResponsibilityMatrix, emb_responsibility_matrix, EMB, RESPONSIBILITY_MATRIX, EmbChart)

GtkWidget              *emb_responsibility_matrix_new                 (void);
void                    emb_responsibility_matrix_set_data            (EmbResponsibilityMatrix *self,
                                                                       GPtrArray               *roles,
                                                                       GPtrArray               *touchpoints,
                                                                       GArray                  *cells,
                                                                       GHashTable              *unlinked_roles,
                                                                       GHashTable              *unowned_touchpoints);
guint                   emb_responsibility_matrix_get_n_roles         (EmbResponsibilityMatrix *self);
EmbRole                *emb_responsibility_matrix_get_role            (EmbResponsibilityMatrix *self,
                                                                       guint                    row);
guint                   emb_responsibility_matrix_get_n_touchpoints   (EmbResponsibilityMatrix *self);
EmbTouchpoint          *emb_responsibility_matrix_get_touchpoint      (EmbResponsibilityMatrix *self,
                                                                       guint                    column);
EmbResponsibilityLevel  emb_responsibility_matrix_get_level           (EmbResponsibilityMatrix *self,
                                                                       guint                    row,
                                                                       guint                    column);
gboolean                emb_responsibility_matrix_role_has_warning    (EmbResponsibilityMatrix *self,
                                                                       gint64                   role_id);
gboolean                emb_responsibility_matrix_touchpoint_has_warning (EmbResponsibilityMatrix *self,
                                                                       gint64                   touchpoint_id);
void                    emb_responsibility_matrix_get_cursor          (EmbResponsibilityMatrix *self,
                                                                       int                     *row,
                                                                       int                     *column);
void                    emb_responsibility_matrix_set_cursor          (EmbResponsibilityMatrix *self,
                                                                       int                      row,
                                                                       int                      column);
const char             *emb_responsibility_matrix_level_letter        (EmbResponsibilityLevel   level);
const char             *emb_responsibility_matrix_level_name          (EmbResponsibilityLevel   level);

G_END_DECLS
