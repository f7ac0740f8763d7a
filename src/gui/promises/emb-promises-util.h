/* emb-promises-util.h: what the Brand Promises page says about a promise
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "emb-database.h"
#include "emb-promise.h"

G_BEGIN_DECLS

/* The workflow steps open to a promise. */
typedef struct
{
  gboolean can_save;
  gboolean can_publish;
  gboolean can_discard;
  gboolean can_retire;
  gboolean can_delete;
} EmbPromiseSteps;

void    emb_promises_get_steps           (EmbPromise      *promise,
                                          EmbPromiseSteps *steps);
int     emb_promises_in_force_number     (EmbDatabase     *db,
                                          EmbPromise      *promise);
GArray *emb_promises_working_touchpoints (EmbDatabase     *db,
                                          EmbPromise      *promise);
char   *emb_promises_status_text         (EmbDatabase     *db,
                                          EmbPromise      *promise);
char   *emb_promises_format_date         (const char      *timestamp);

G_END_DECLS
