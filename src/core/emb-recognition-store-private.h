/* emb-recognition-store-private.h: what the parts of the recognition store
 * share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-recognition-store.h"
#include "emb-table-private.h"

G_BEGIN_DECLS

const EmbTable *_emb_recognition_shown_table (void);

const char *_emb_recognition_status_label    (EmbNominationStatus   status);
char       *_emb_recognition_format_utc      (GDateTime            *dt);
GDateTime  *_emb_recognition_parse_timestamp (const char           *text);
gboolean    _emb_recognition_read_status     (EmbDatabase          *db,
                                              gint64                id,
                                              EmbNominationStatus  *status,
                                              GError              **error);
gboolean    _emb_recognition_submit          (EmbDatabase          *db,
                                              EmbNomination        *nomination,
                                              GError              **error);

G_END_DECLS
