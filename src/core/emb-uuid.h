/* emb-uuid.h: the UUIDs of new records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define EMB_UUID_LENGTH 36

char *emb_uuid_new            (void);
void  emb_uuid_write          (char    out[EMB_UUID_LENGTH + 1]);

/* For tests: the UUID of the millisecond @unix_ms (as if the clock said so). */
void  _emb_uuid_write_at      (gint64  unix_ms,
                               char    out[EMB_UUID_LENGTH + 1]);

G_END_DECLS
