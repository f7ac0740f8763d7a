/* emb-responsibility-matrix-private.h: what the matrix's drawing shares with the widget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-responsibility-matrix.h"

G_BEGIN_DECLS

#define ROLE_WIDTH    220
#define ROLE_WIDTH_MIN 110
#define HEADER_HEIGHT 150
#define CELL_WIDTH    36
#define CELL_HEIGHT   32

struct _EmbResponsibilityMatrix
{
  EmbChart       parent_instance;

  GPtrArray     *roles;
  GPtrArray     *touchpoints;
  GArray        *cells;
  GHashTable    *unlinked_roles;
  GHashTable    *unowned_touchpoints;

  int            role_width;    /* narrower in a narrow window */
  int            cursor_row;
  int            cursor_column;

  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint          hscroll_policy : 1;
  guint          vscroll_policy : 1;

  GtkWidget     *picker;
};

static inline gint64
role_id_at (EmbResponsibilityMatrix *self,
            guint                    row)
{
  return emb_record_get_id (EMB_RECORD (g_ptr_array_index (self->roles, row)));
}

static inline gint64
touchpoint_id_at (EmbResponsibilityMatrix *self,
                  guint                    column)
{
  return emb_record_get_id (EMB_RECORD (g_ptr_array_index (self->touchpoints, column)));
}

static inline double
adjustment_value (GtkAdjustment *adjustment)
{
  return adjustment != NULL ? gtk_adjustment_get_value (adjustment) : 0;
}

void _emb_responsibility_matrix_cell_rect (EmbResponsibilityMatrix *self,
                                           int                      row,
                                           int                      column,
                                           GdkRectangle            *rect);
void _emb_responsibility_matrix_snapshot  (GtkWidget               *widget,
                                           GtkSnapshot             *snapshot);

G_END_DECLS
