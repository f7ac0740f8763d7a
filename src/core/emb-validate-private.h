/* emb-validate-private.h: input checks shared by the stores
 *
 * Each check names the field by its machine name (for the view to find the
 * entry) and by its translated label (for the message).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "emb-database.h"
#include "emb-table-private.h"

G_BEGIN_DECLS

/* Lengths, in characters. */
#define EMB_MAX_NAME        200
#define EMB_MAX_SHORT       100
#define EMB_MAX_TEXT      20000
#define EMB_MAX_LINK       2000

gboolean _emb_validate_text       (const char      *value,
                                   gboolean         required,
                                   guint            max_chars,
                                   const char      *field,
                                   const char      *label,
                                   GError         **error);
gboolean _emb_validate_int_range  (gint64           value,
                                   gint64           min,
                                   gint64           max,
                                   const char      *field,
                                   const char      *label,
                                   GError         **error);
gboolean _emb_validate_date       (const char      *value,
                                   gboolean         required,
                                   const char      *field,
                                   const char      *label,
                                   GError         **error);
gboolean _emb_validate_timestamp  (const char      *value,
                                   gboolean         required,
                                   const char      *field,
                                   const char      *label,
                                   GError         **error);
gboolean _emb_validate_reference  (EmbDatabase     *db,
                                   const EmbTable  *table,
                                   gint64           id,
                                   gboolean         required,
                                   const char      *field,
                                   const char      *label,
                                   GError         **error);
gboolean _emb_validate_email      (const char      *value,
                                   const char      *field,
                                   const char      *label,
                                   GError         **error);
gboolean _emb_validate_link       (const char      *value,
                                   const char      *field,
                                   const char      *label,
                                   GError         **error);

/* Sets of ids a caller chose. */
GArray  *_emb_sorted_ids          (const gint64    *ids,
                                   guint            n_ids);
gboolean _emb_same_ids            (GArray          *a,
                                   GArray          *b);

G_END_DECLS
