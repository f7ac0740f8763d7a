/* emb-decision-row.h: a decision in a pilot's decision log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "emb-decision.h"
#include "emb-pilot.h"

G_BEGIN_DECLS

#define EMB_TYPE_DECISION_ROW (emb_decision_row_get_type ())

G_DECLARE_FINAL_TYPE (EmbDecisionRow, emb_decision_row, EMB, DECISION_ROW, GtkBox)

GtkWidget *emb_decision_row_new  (void);
void       emb_decision_row_bind (EmbDecisionRow *self,
                                  EmbDecision    *decision,
                                  EmbPilot       *pilot,
                                  const char     *employee_name);

G_END_DECLS
