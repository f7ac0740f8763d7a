/* emb-record-private.h: for the stores that load and save records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-record.h"

G_BEGIN_DECLS

void _emb_record_set_identity (EmbRecord  *self,
                               gint64      id,
                               const char *uuid,
                               const char *created_at,
                               const char *updated_at);

/* Defines a private setter that stores a string and notifies, used by the
 * record classes for their text properties. */
gboolean _emb_set_string (char       **field,
                          const char  *value);

G_END_DECLS
